#!/usr/bin/env bash
# One command: set up (including Debian's headless chromium for the browser test, poppler's
# pdftoppm for the PDF report test, and PostgreSQL and Redis for the second backend and the
# workers) and run every test: the whole suite on SQLite, then again on PostgreSQL.
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

# Dependency audit (pip-audit): known vulnerabilities in the installed packages, from PyPI's
# advisory data. A finding fails the run. Not reaching the service (an offline machine) is a
# warning, not a failure: pip-audit exits 1 both when it finds something and when it cannot ask,
# but it writes its JSON report only when the audit finished, so no report means no answer.
audit_dependencies() {
  if ! python -m pip install --quiet pip-audit; then
    echo "warning: could not install pip-audit; dependency audit skipped" >&2
    return 0
  fi
  local report status=0
  report=$(mktemp)
  rm -f "$report"
  pip-audit --skip-editable --progress-spinner off --format json --output "$report" \
    >/dev/null 2>"$report.log" || status=$?
  if [ "$status" = 0 ]; then
    echo "pip-audit: no known vulnerabilities in the installed packages"
  elif [ -s "$report" ]; then
    python - "$report" <<'PY' >&2
import json, sys
for dep in json.load(open(sys.argv[1]))["dependencies"]:
    for vuln in dep.get("vulns", []):
        fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release yet"
        print(f"pip-audit: {dep['name']} {dep['version']} has {vuln['id']} (fixed in {fixed})")
PY
    echo "pip-audit found known vulnerabilities (above): upgrade those packages" >&2
  else
    echo "warning: pip-audit could not reach the vulnerability service; dependency audit skipped" \
         "($(tail -n 1 "$report.log" | cut -c1-200))" >&2
    status=0
  fi
  rm -f "$report" "$report.log"
  return "$status"
}
audit_dependencies

eval "$(bash scripts/services.sh)"

status=0
echo "== the suite on SQLite"
python -m pytest -q "$@" || status=$?
if [ -n "${MONITOR_TEST_POSTGRES:-}" ]; then
  echo "== the suite on PostgreSQL ($(echo "$MONITOR_TEST_POSTGRES" | sed 's|//[^@]*@|//|'))"
  python -m pytest -q --backend postgresql "$@" || status=$?
elif [ -n "${CI:-}" ]; then
  echo "error: no PostgreSQL server for the second run of the suite (scripts/services.sh)" >&2
  status=1
else
  echo "warning: no PostgreSQL server (set MONITOR_TEST_POSTGRES): the suite ran on SQLite only" >&2
fi
exit "$status"
