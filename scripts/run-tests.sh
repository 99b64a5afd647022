#!/usr/bin/env bash
# `npm test`: every check, on two cores. Steps that use one core each run side
# by side, their output kept apart and printed when each ends:
#   1. TypeScript, ESLint and the Prettier check (one process each);
#   2. Vitest (two test files at a time, much of it waiting on the scripts and
#      the PostgreSQL server it drives) while `next build` runs beside it;
#   3. Playwright against that build (its own workers: playwright.config.ts).
# Fails when any step fails; every step of a stage runs to its end first.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh || exit 1

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
status=0
started=$SECONDS
# Runs "name command…" steps side by side; the first one's output streams, the others' is printed when it has ended.
side_by_side() {
  local pids=() names=() first=1
  while [ $# -gt 0 ]; do
    local name="$1" command="$2"; shift 2
    if [ $first = 1 ]; then
      bash -c "$command" &
      first=0
    else
      bash -c "$command" > "$logs/$name.log" 2>&1 &
    fi
    pids+=($!); names+=("$name")
  done
  for i in "${!pids[@]}"; do
    local name="${names[$i]}" code=0
    wait "${pids[$i]}" || code=$?
    if [ -f "$logs/$name.log" ]; then echo "----- $name -----"; cat "$logs/$name.log"; fi
    echo "----- $name: exit $code after $((SECONDS - started)) s -----"
    [ $code = 0 ] || status=1
  done
}

side_by_side typecheck "npm run --silent typecheck" lint "npm run --silent lint" format "npm run --silent format:check"
[ $status = 0 ] || exit $status
side_by_side unit "npx vitest run" build "npm run --silent build"
[ $status = 0 ] || exit $status
npx playwright test
