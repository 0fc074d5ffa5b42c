"""The bundled demo: a fictional company's CRM and nine weeks of mentions, shifted to end today.

Most demo mentions are loaded at once; the newest ones are held back and released by the
`replay` collector a few at a time, so the board shows mentions arriving as if live.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from monitor.collectors.replay import HELD_BACK
from monitor.config import Config
from monitor.mention import Mention, utcnow
from monitor.store import Store


def demo_config(config: Config) -> Config:
    """The configuration with the replay source enabled, and every job in-process: a broker in
    the environment would send the replay to workers writing into their own (real) database."""
    collectors = {k: dict(v) for k, v in config.collectors.items()}
    collectors.setdefault("replay", {})["enabled"] = True
    values = {k: dict(v) for k, v in config.values.items()}
    values["workers"]["broker_url"] = ""
    return dataclasses.replace(config, collectors=collectors, values=values)


def read_demo_mentions(config: Config) -> list[Mention]:
    """All demo mentions, oldest first, shifted by whole days so the loaded part ends today.

    Whole days keep each post's time of day (a "bom dia" stays in the morning); the held-back
    tail is re-stamped as it is released by the replay source.
    """
    from monitor.collectors.file_import import read_mention_file

    mentions, errors = read_mention_file(config.demo.file)
    if errors:
        raise errors[0]
    mentions.sort(key=lambda m: (m.created_at, m.id))
    last_loaded = mentions[max(len(mentions) - HELD_BACK - 1, 0)] if mentions else None
    shift = shift_for(last_loaded.created_at, utcnow()) if last_loaded else timedelta(0)
    return [dataclasses.replace(m, created_at=m.created_at + shift) for m in mentions]


def shift_for(last: datetime, now: datetime) -> timedelta:
    """Whole days that bring `last` to today, or to yesterday if today would put it in the future."""
    shift = timedelta(days=(now.date() - last.date()).days)
    return shift - timedelta(days=1) if last + shift > now else shift


def load_demo(store: Store, config: Config) -> str:
    """Import all but the newest demo mentions and the demo CRM (which links authors), then
    classify and detect."""
    from monitor import pipeline
    from monitor.ingest import import_mentions

    mentions = read_demo_mentions(config)
    result = import_mentions(store, mentions[:-HELD_BACK], "demo", config.model.max_text_chars)
    customers, links = pipeline.import_customers(store, config, config.demo.crm_file)
    classified = pipeline.classify_pending(store, config)
    detected = pipeline.detect(store, config)
    return (f"demo: {customers} customers, {links} links; {result.stored} mentions loaded "
            f"({result.duplicates} already there), {classified} classified; {detected}; "
            "new ones arrive while it runs, at a normal day's pace")
