"""Progress bars for long work (import, classify, detect at scale): counts, rate and time left.

tqdm draws them on stderr, only when stderr is a terminal, so logs, cron mails and tests stay
clean. One place, so every long step looks the same.
"""

from __future__ import annotations

import sys

from tqdm import tqdm


def bar(total: int | None, description: str, unit: str = "mentions") -> tqdm:
    """A progress bar (a no-op one when stderr is not a terminal); use as a context manager and
    call `.update(n)`."""
    return tqdm(total=total, desc=description, unit=f" {unit}", unit_scale=True, file=sys.stderr,
                disable=None, mininterval=0.5, dynamic_ncols=True, leave=True)
