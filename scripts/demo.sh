#!/usr/bin/env bash
# One command: set up, load the demo company, start the scheduler and the live board (http://localhost:8501).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
exec monitor --db "${MONITOR_DB:-var/demo.db}" demo
