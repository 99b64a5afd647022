#!/usr/bin/env bash
# The integration tests and one end-to-end pass run on PostgreSQL as well as on
# SQLite. This starts the machine's PostgreSQL 15 cluster when it is not
# running and creates the role the tests use (it may create databases; each
# test file makes its own throw-away database). Skips the set-up when
# CHANCERY_TEST_POSTGRES_URL points elsewhere.
set -euo pipefail
if [ -n "${CHANCERY_TEST_POSTGRES_URL:-}" ]; then exit 0; fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  as_root pg_ctlcluster 15 main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
as_root su postgres -c "psql -q -v ON_ERROR_STOP=1 -d postgres" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chancery_test') THEN
    CREATE ROLE chancery_test LOGIN CREATEDB PASSWORD 'chancery_test';
  END IF;
END $$;
-- A test store is dropped WITH (FORCE). On PostgreSQL 15 that fails ("must be a
-- member of the role whose process is being terminated") when an autovacuum
-- worker happens to be in the database, unless the role may signal backends.
GRANT pg_signal_backend TO chancery_test;
SQL
