"""Labels people give mentions on the board: the training data for the next model version.

Append-only (a correction is a new row), so who labelled what and when is never lost.
"""

from __future__ import annotations

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.audit import Audit


class Labels(Audit):
    """The labels table."""

    def save_label(self, mention_id: str, label: str, by: str) -> None:
        row = self.db.execute("SELECT text, lang FROM mentions WHERE id = ?", [mention_id]).fetchone()
        if row is None:
            raise KeyError(mention_id)
        with self.db.atomic():
            self.db["labels"].insert({
                "mention_id": mention_id, "text": row[0], "label": label, "lang": row[1],
                "labelled_by": by, "labelled_at": iso(utcnow()),
            })
            self._audit(by, "label", mention_id, {"label": label})

    def labels_frame(self) -> pd.DataFrame:
        """Latest label per mention (a later correction replaces an earlier one)."""
        return self._frame(
            "SELECT mention_id, text, label, lang, labelled_by, labelled_at FROM labels"
            " WHERE id IN (SELECT MAX(id) FROM labels GROUP BY mention_id) ORDER BY id"
        )
