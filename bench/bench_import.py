"""`monitor import` of large JSONL files: time, rate and peak memory (RSS) per file size.

Memory must stay flat in the file's size (the file is streamed twice: checked, then stored in
batches inside one transaction). Each size runs as its own `monitor import` process, whose
peak RSS is read from the kernel (wait4).

    python bench/bench_import.py [--rows 100000 1000000 5000000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def write_file(path: Path, rows: int) -> None:
    """`rows` mentions spread over 600 days from 2025-01-01 (all in the past, as imports must be)."""
    start, span_s = datetime(2025, 1, 1, tzinfo=timezone.utc), 600 * 86_400
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            out.write(json.dumps({
                "source": "x", "id": str(i), "author": {"id": f"u{i % 100_000}", "handle": f"@user{i % 100_000}"},
                "text": f"Veloz atrasou meu pedido #{i}, ninguém responde há {i % 9} dias",
                "created_at": (start + timedelta(seconds=i * span_s // rows)).isoformat(), "lang": "pt"},
                ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "mentions.jsonl"
            write_file(path, rows)
            started = time.perf_counter()
            log = Path(tmp) / "stderr.log"
            with log.open("w") as stderr:
                process = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(Path(tmp) / "m.db"),
                                            "import", str(path)], env=env, cwd=REPO,
                                           stdout=subprocess.PIPE, stderr=stderr, text=True)
                output = process.stdout.read()
                _, status, usage = os.wait4(process.pid, 0)  # the child's own peak RSS
            seconds = time.perf_counter() - started
            assert status == 0, (output, log.read_text()[-2000:])
            print(f"{rows:>10,} rows ({path.stat().st_size / 1e6:,.0f} MB): {seconds:7.1f} s, "
                  f"{rows / seconds:,.0f} rows/s, peak RSS {usage.ru_maxrss / 1024:,.0f} MB  "
                  f"[{output.strip()[:80]}]")


if __name__ == "__main__":
    main()
