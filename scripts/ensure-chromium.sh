#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser
# download is not reachable from these machines). Install it when missing.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
else
  echo "Chromium is missing at $chromium: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
