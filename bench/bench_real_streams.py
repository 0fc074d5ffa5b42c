"""Detection on author streams built from real held-out posts, scored by the current model.

Prints, over several streams, campaign precision/recall, how often recurring founded
complainers are recognised (and never called a campaign), one-off recognition, with the
author-record pooling on (the default) and off; and the deciles of the scores the model gives
the real insults and founded complaints it misses (used by `tests/streams.py`).

    python bench/bench_real_streams.py [--models models] [--streams 10]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import model_registry  # noqa: E402
from monitor.detection import assess_many
from monitor.settings import DetectionSettings  # noqa: E402
from tests.real_streams import SHARED, heldout_posts, make_real_stream, score_posts, stream_scores  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=REPO / "models")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--streams", type=int, default=10)
    args = parser.parse_args()

    model = model_registry.load_current(args.models)
    scored = score_posts(model, heldout_posts(args.shared))
    print(f"model {model.version}; {len(scored)} held-out real posts: "
          + ", ".join(f"{k} {v}" for k, v in scored["pool"].value_counts().items()))
    for pool, column in (("attack", "p_disrespectful"), ("complaint", "p_founded")):
        values = scored.loc[scored["pool"] == pool, column].to_numpy()
        missed = values[values < 0.5]
        print(f"{pool}: {len(missed)} of {len(values)} missed; deciles of the missed scores: "
              + ", ".join(f"{q:.2f}" for q in np.quantile(missed, np.linspace(0.05, 0.95, 10)))
              if len(missed) else f"{pool}: none missed")
    for label, settings in (("pooling on (default)", DetectionSettings()),
                            ("pooling off", DetectionSettings(max_pooling_shift=0.0))):
        totals: dict[str, list[float]] = {}
        for seed in range(args.streams):
            stream = make_real_stream(scored, seed)
            for key, value in stream_scores(stream, assess_many(stream.mentions, stream.now, settings)).items():
                totals.setdefault(key, []).append(value)
        mean = {k: float(np.mean(v)) for k, v in totals.items()}
        print(f"{label}: campaign P {mean['campaign_precision']:.3f} R {mean['campaign_recall']:.3f} "
              f"(watch {mean['campaign_watch']:.1f} of {mean['campaigners']:.0f}); recurring recognised "
              f"{mean['recurring_recognised']:.2f} (as a complainer {mean['recurring_as_complainer']:.2f}), "
              f"called campaign {sum(totals['recurring_called_campaign']):.0f} times in {args.streams} streams; "
              f"one-off recognised {mean['one_off_recognised']:.2f}; fans called campaign "
              f"{sum(totals['fans_called_campaign']):.0f}")


if __name__ == "__main__":
    main()
