"""Label files people give us (CSV/JSONL), board corrections, and their fixed held-out split.

Owns validating label rows (naming file, line and field of any problem), later labels
overriding earlier ones for the same text, the seed data's finer `kind` labels, and turning
label rows into training rows (`monitor.corpora.ROW_COLUMNS`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from monitor.classifier import CATEGORIES, head_targets
from monitor.corpora import ROW_COLUMNS
from monitor.text import normalise_lang, normalise_text, text_hash
from monitor.errors import InputError
from monitor.mention import cut_text
from monitor.user_files import read_records

HOLDOUT_PERCENT = 20
# Finer labels implied by the seed data's `kind` column: (is a complaint, is founded);
# None = unknown. Kinds not listed here fall back to the category.
KIND_FINE_LABELS: dict[str, tuple[float | None, float | None]] = {
    "polite_baseless": (1, 0), "vague_baseless": (1, 0), "sarcasm_vague": (1, 0),
    "complaint_with_insult": (1, 1), "insult_company": (1, 0), "insult_product": (1, 0),
    "insult_staff": (1, 0), "profanity_at_company": (1, 0), "allcaps_insult": (1, 0),
    "short_insult": (1, 0), "generic_ref_insult": (1, 0), "contempt": (1, 0), "threat": (1, 0),
    "boycott_slogan": (1, 0),
    "slur": (1, 0), "sarcasm_insult": (1, 0), "insult_customers": (0, 0),
    "mixed_praise_insult": (None, 0),
}


def read_label_file(path: Path, max_chars: int | None = None) -> pd.DataFrame:
    """Rows (text, label, lang, kind, row) of a CSV or JSONL label file, validated.

    Raises InputError naming the file, the 1-based line and the field for an unreadable file,
    a missing column, text that is not UTF-8, an empty text, a text longer than `max_chars`
    (the `model.max_text_chars` setting: such a post is never scored whole) or an unknown label.
    """
    path = Path(path)
    return _validate(path, read_records(path, lower_keys=True), max_chars)


def _validate(source: Path | str, records: list[tuple[int, dict[str, Any]]],
              max_chars: int | None = None) -> pd.DataFrame:
    rows = []
    for line, record in records:
        for column in ("text", "label"):
            if column not in record:
                raise InputError(source, line, column, "missing field")
        text = "" if record["text"] is None else str(record["text"])
        if not text.strip():
            raise InputError(source, line, "text", "empty text")
        if max_chars is not None and len(text) > max_chars:
            raise InputError(source, line, "text", f"{len(text):,} characters, longer than "
                             f"model.max_text_chars ({max_chars:,}): shorten it to the part that "
                             "carries the label")
        label = str(record["label"] or "").strip().lower()
        if label not in CATEGORIES:
            raise InputError(source, line, "label",
                             f"unknown label {record['label']!r} (expected one of {', '.join(CATEGORIES)})")
        rows.append({"text": text, "label": label, "lang": normalise_lang(record.get("lang")),
                     "kind": str(record.get("kind") or ""), "row": line, "source": str(source)})
    return pd.DataFrame(rows, columns=["text", "label", "lang", "kind", "row", "source"])


def read_labels(label_files: Sequence[Path], extra_labels: pd.DataFrame | None = None,
                max_chars: int | None = None) -> pd.DataFrame:
    """All label rows, later files (then `extra_labels`) overriding earlier ones for the same
    text; label-file texts longer than `max_chars` are refused, corrections cut to it."""
    frames = [read_label_file(Path(f), max_chars) for f in label_files]
    if extra_labels is not None and len(extra_labels):
        frames.append(corrections_frame(extra_labels, max_chars))
    if not frames:
        return pd.DataFrame(columns=["text", "label", "lang", "kind", "row", "source", "key"])
    labels = pd.concat(frames, ignore_index=True)
    labels["key"] = labels["text"].map(normalise_text)
    return labels.drop_duplicates("key", keep="last").reset_index(drop=True)


def corrections_frame(extra_labels: pd.DataFrame, max_chars: int | None = None) -> pd.DataFrame:
    """Board corrections (text, label, lang) validated like a label file named "board corrections";
    a text stored before the length limit is learnt from cut to `max_chars`, as it is scored."""
    records = [(i + 1, {k: v for k, v in row.items() if not _is_missing(v)})
               for i, row in enumerate(extra_labels.to_dict("records"))]
    if max_chars is not None:
        for _, record in records:
            if isinstance(record.get("text"), str):
                record["text"] = cut_text(record["text"], max_chars)
    return _validate("board corrections", records)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def is_heldout(text: str, percent: int = HOLDOUT_PERCENT) -> bool:
    """Fixed split by text hash: a text is held out in every run, for every model version."""
    return int(text_hash(text)[:8], 16) % 100 < percent


def training_rows(labels: pd.DataFrame, origin: str) -> pd.DataFrame:
    """Label rows as training rows: per-judgement targets from the category and the `kind`."""
    y = labels["label"].to_numpy(dtype=object)
    targets = head_targets(y)
    complaint, founded = targets["complaint"], targets["founded"]
    for i, kind in enumerate(labels["kind"] if "kind" in labels else [""] * len(labels)):
        if kind in KIND_FINE_LABELS:
            c, f = KIND_FINE_LABELS[kind]
            complaint[i] = np.nan if c is None else c
            founded[i] = np.nan if f is None else f
    rows = pd.DataFrame({
        "text": labels["text"].to_numpy(), "lang": labels["lang"].to_numpy(), "category": y,
        "complaint": complaint, "founded": founded, "disrespectful": targets["disrespectful"],
        "origin": origin,
        "split": np.where(labels["text"].map(is_heldout).to_numpy(dtype=bool), "heldout", "train"),
    })
    return rows[list(ROW_COLUMNS)]
