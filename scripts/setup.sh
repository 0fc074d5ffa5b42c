#!/usr/bin/env bash
# Create .venv and install the monitor with its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# The PDF report is rendered by WeasyPrint, which needs Debian's Pango (often already there).
if ! ldconfig -p 2>/dev/null | grep -q "libpango-1.0.so"; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
       libpango-1.0-0 libpangoft2-1.0-0 >/dev/null) \
      || echo "warning: could not install Pango; PDF reports will not be written" >&2
  else
    echo "note: PDF reports need Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)" >&2
  fi
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
# torch first and pinned: a looser range would pull a multi-GB CUDA build.
python -m pip install --quiet "torch==2.13.0"
python -m pip install --quiet -e ".[test]"
