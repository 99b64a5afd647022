#!/usr/bin/env bash
# The tests need Debian packages that npm cannot bring: Chromium for the
# end-to-end tests (Playwright's own browser download is not reachable from
# these machines), poppler-utils (pdftoppm) to turn generated PDFs into
# images, and LibreOffice Calc (headless) to open the CSV exports in a real
# spreadsheet program. Installs whichever is missing, then starts PostgreSQL
# for the tests that run on both stores (scripts/ensure-postgres.sh).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -eq 0 ]; then
  :
elif [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "Missing ${missing[*]}: install Debian's packages (apt-get install ${missing[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
bash "$(dirname "$0")/ensure-postgres.sh"
