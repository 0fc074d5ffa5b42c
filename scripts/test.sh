#!/usr/bin/env bash
# One command: set up (including Debian's headless chromium for the browser test and poppler's
# pdftoppm for the PDF report test) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) \
      || echo "warning: could not install chromium/poppler-utils; the browser and PDF tests will be skipped" >&2
  fi
fi
bash scripts/setup.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec python -m pytest -q "$@"
