"""The board's reads from PostgreSQL with N mentions (default 5,000,000) whose dates end today.

Builds the store once, on the server (INSERT ... SELECT from generate_series: minutes, where
storing 5,000,000 mentions one page at a time through the collectors' path would take hours),
in the same shape as bench_board.py's SQLite store: 100,000 authors, scored mentions over 60
days, a few hundred hostile accounts; then verdicts from a real detection run over the whole
store, and the same timed reads as bench_board.py (median of 3 runs each).

    python bench/bench_board_postgres.py --url postgresql://monitor:monitor@127.0.0.1/bench5m \
        [--mentions 5000000]

The database must exist (createdb bench5m); an empty one is filled, a filled one reused.
"""

from __future__ import annotations

import argparse
import sys
import time
import resource
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_board import time_board_reads  # noqa: E402

from monitor import pipeline  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.store import open_store  # noqa: E402

AUTHORS = 100_000  # as in bench_board.py: at 5,000,000 mentions, 50 per author
HOSTILE = 300

FILL = """
SELECT setseed(0.11);
INSERT INTO authors (author_key, source, author_id, handle, name, url, first_seen_at, last_seen_at)
SELECT 'x:u' || g, 'x', 'u' || g, '@user' || g, 'User ' || g, '',
       to_char(now() AT TIME ZONE 'UTC' - interval '60 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM generate_series(0, {authors} - 1) g;
WITH draws AS (
  SELECT g, random() AS k, random() AS h, random() AS a, random() AS l, random() AS s, random() AS t
  FROM generate_series(1, {mentions}) g
), kinds AS (
  SELECT g, CASE WHEN k < 0.15 THEN 0 WHEN k < 0.20 THEN 1 WHEN k < 0.60 THEN 2 ELSE 3 END AS kind,
         h, a, l, s, to_char(now() AT TIME ZONE 'UTC' - t * interval '60 days',
                             'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
  FROM draws
), rows AS (
  SELECT g, kind, at,
         (ARRAY['x', 'bluesky', 'reddit', 'mastodon'])[1 + floor(s * 4)::int] AS source,
         (ARRAY['pt', 'pt', 'es', 'en'])[1 + floor(l * 4)::int] AS lang,
         CASE WHEN kind = 1 AND h < 0.3 THEN floor(a * {hostile})::int
              ELSE floor(a * {authors})::int END AS author,
         (ARRAY['Veloz atrasou meu pedido #', 'Veloz é uma porcaria, bando de ladrões ',
                'alguém sabe se a Veloz entrega em Campinas? ', 'amei a entrega da Veloz hoje '])[kind + 1]
           || g AS text,
         (ARRAY['founded_complaint', 'disrespectful', 'other', 'other'])[kind + 1] AS category,
         (ARRAY[0.9, 0.9, 0.1, 0.05])[kind + 1] AS pc,
         (ARRAY[0.05, 0.92, 0.02, 0.01])[kind + 1] AS pd,
         (ARRAY[0.9, 0.1, 0.05, 0.05])[kind + 1] AS pf
  FROM kinds
)
INSERT INTO mentions (id, source, native_id, brand, author_key, text, text_hash, lang, created_at,
                      collected_at, url, raw_json, repost_count, category, p_complaint,
                      p_disrespectful, p_founded, founded, model_version, scored_at, assessed, sureness)
SELECT source || ':' || g, source, g::text, '', 'x:u' || author, text, md5(text), lang, at, at,
       'https://example.test/' || g, '{{}}', 0, category, pc, pd, pf, (kind = 0)::int, 'bench', at, 0,
       least(abs(pd - 0.5), abs(pf - 0.5))
FROM rows;
INSERT INTO facets (kind, value)
SELECT DISTINCT 'lang', lang FROM mentions UNION SELECT DISTINCT 'source', source FROM mentions
UNION SELECT DISTINCT 'category', category FROM mentions ON CONFLICT DO NOTHING;
"""


def fill(store, mentions: int) -> None:
    started = time.perf_counter()
    sql = FILL.format(mentions=int(mentions), hostile=HOSTILE,
                      authors=min(AUTHORS, max(int(mentions) // 10, HOSTILE)))
    with store.db.raw.transaction():
        for statement in sql.split(";\n"):
            if statement.strip():
                store.db.raw.execute(statement)
    store.rebuild_counts()  # the rows went in behind save_page's back: count them once
    store.db.raw.execute("VACUUM ANALYZE")
    print(f"filled {mentions:,} mentions in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--mentions", type=int, default=5_000_000)
    args = parser.parse_args()
    store = open_store(args.url)
    if store.backend != "postgresql":
        sys.exit("--url must be a postgresql:// URL")
    if store.count() == 0:
        fill(store, args.mentions)
    if store.count("verdicts") == 0:
        config = load_config(REPO / "absent.toml", env={"MONITOR_DB": args.url})
        started = time.perf_counter()
        print(pipeline.detect(store, config, full=True), file=sys.stderr)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
        print(f"detect --full: {time.perf_counter() - started:.0f} s, peak RSS {peak:.2f} GB", file=sys.stderr)
        store.db.raw.execute("VACUUM ANALYZE")
    size = store.db.raw.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
    time_board_reads(store, size)
    store.close()


if __name__ == "__main__":
    main()
