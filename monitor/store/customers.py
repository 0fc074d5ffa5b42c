"""Customers (imported from the CRM) and the links that tie author accounts to them.

A person's decision on a link (manual, confirmed, rejected) always wins over the automatic
linker, so both sides write links through here. A link that newly ties an account to a
customer merges the account's case into the customer's, in the same transaction.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Sequence

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.casework import CaseWork

LINKED_STATUSES = ("auto", "manual", "confirmed")
"""Link statuses that tie an author to a customer (a proposal or a rejection does not)."""
MANUAL_LINK_STATUSES = ("manual", "confirmed", "rejected")


class Customers(CaseWork):
    """The customers and author_links tables."""

    def upsert_customers(self, customers: Sequence[dict[str, Any]]) -> int:
        now = iso(utcnow())
        with self.db.atomic():
            self.db["customers"].upsert_all(
                [{**c, "imported_at": now} for c in customers], pk="customer_id"
            )
        return len(customers)

    def merge_customers(self, customers: Sequence[Any],
                        row_for: Callable[[dict[str, Any] | None, Any], dict[str, Any]]) -> int:
        """Store customers whose rows depend on what is stored (a CRM file without some columns
        keeps those fields): `row_for(stored row or None, customer)` builds each row, read and
        written in one transaction so a concurrent import cannot slip in between."""
        now = iso(utcnow())
        with self.db.atomic():
            cur = self.db.execute("SELECT * FROM customers WHERE customer_id IN"
                                  " (SELECT value FROM json_each(?))",
                                  [json.dumps([c.customer_id for c in customers])])
            names = [d[0] for d in cur.description]
            stored = {row["customer_id"]: row for row in (dict(zip(names, r)) for r in cur.fetchall())}
            rows = [{**row_for(stored.get(c.customer_id), c), "imported_at": now} for c in customers]
            if rows:
                self.db["customers"].upsert_all(rows, pk="customer_id")
        return len(rows)

    def customers_frame(self) -> pd.DataFrame:
        return self._frame("SELECT * FROM customers ORDER BY customer_id")

    def customers_by_ids(self, customer_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Customer records by id, read in one query."""
        frame = self._frame("SELECT * FROM customers WHERE customer_id IN (SELECT value FROM json_each(?))",
                            [json.dumps(sorted(set(customer_ids)))])
        return {row["customer_id"]: row for row in frame.to_dict(orient="records")}

    def linked_author_keys(self, customer_ids: Sequence[str]) -> list[str]:
        rows = self.db.execute(
            f"SELECT author_key FROM author_links WHERE status IN {LINKED_STATUSES}"
            " AND customer_id IN (SELECT value FROM json_each(?))", [json.dumps(list(customer_ids))]
        ).fetchall()
        return [r[0] for r in rows]

    def save_link_proposals(self, proposals: Sequence[dict[str, Any]]) -> int:
        """Store automatic links and proposals; a person's decision (manual/confirmed/rejected) wins."""
        written = 0
        with self.db.atomic():
            for link in proposals:
                row = self.db.execute("SELECT status, customer_id FROM author_links WHERE author_key = ?",
                                      [link["author_key"]]).fetchone()
                if row and row[0] in MANUAL_LINK_STATUSES:
                    continue
                self.db["author_links"].upsert(
                    {**link, "decided_by": "linker", "decided_at": iso(utcnow())}, pk="author_key"
                )
                self._merge_if_newly_linked(row, link["author_key"], link["customer_id"],
                                            link["status"], "linker")
                written += 1
        return written

    def customer_of(self, subject_key: str) -> dict[str, Any] | None:
        """The customer record behind a subject: `customer:<id>`, or a linked author."""
        if subject_key.startswith("customer:"):
            sql, arg = "SELECT * FROM customers WHERE customer_id = ?", subject_key.split(":", 1)[1]
        else:
            sql = ("SELECT c.* FROM customers c JOIN author_links l ON l.customer_id = c.customer_id"
                   f" WHERE l.author_key = ? AND l.status IN {LINKED_STATUSES}")
            arg = subject_key
        frame = self._frame(sql, [arg])
        return None if frame.empty else frame.iloc[0].to_dict()

    def decide_link(self, author_key: str, customer_id: str | None, status: str, by: str) -> None:
        """A person links, confirms or rejects: status manual | confirmed | rejected."""
        if status not in MANUAL_LINK_STATUSES:
            raise ValueError(f"unknown link status {status!r}")
        with self.db.atomic():
            row = self.db.execute("SELECT status, customer_id FROM author_links WHERE author_key = ?",
                                  [author_key]).fetchone()
            self.db["author_links"].upsert({
                "author_key": author_key, "customer_id": customer_id, "method": "manual",
                "confidence": 1.0, "status": status, "decided_by": by,
                "decided_at": iso(utcnow()),
            }, pk="author_key")
            self._merge_if_newly_linked(row, author_key, customer_id, status, by)
            self._audit(by, "link", author_key, {"customer": customer_id, "status": status,
                                                 "previous": row[0] if row else None})

    def _merge_if_newly_linked(self, previous: Any, author_key: str, customer_id: str | None,
                               status: str, by: str) -> None:
        was_linked = previous is not None and previous[0] in LINKED_STATUSES and previous[1] == customer_id
        if customer_id and status in LINKED_STATUSES and not was_linked:
            self.merge_case(author_key, customer_id, by)

    def links_frame(self, status: str | None = None) -> pd.DataFrame:
        sql = ("SELECT l.*, a.handle, a.name AS author_name, c.name AS customer_name"
               " FROM author_links l JOIN authors a ON a.author_key = l.author_key"
               " LEFT JOIN customers c ON c.customer_id = l.customer_id")
        args: list[Any] = []
        if status:
            sql += " WHERE l.status = ?"
            args.append(status)
        return self._frame(sql + " ORDER BY l.confidence DESC", args)
