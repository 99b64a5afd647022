#!/usr/bin/env bash
# Writes the next migration for both stores from the difference between the
# schema as last committed and the schema in the work tree:
# prisma/migrations/NNNN_<name>/migration.sql (SQLite) and
# prisma/postgresql/migrations/NNNN_<name>/migration.sql (PostgreSQL), with the
# same name so both stores share one history. (`prisma migrate dev` needs a
# shadow database that the offline engine cannot create.) The PostgreSQL diff
# connects to a server: DATABASE_URL must name a PostgreSQL database, e.g. the
# test server's (scripts/ensure-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: DATABASE_URL=postgresql://… scripts/new-migration.sh short_name}"
pg_url="${DATABASE_URL:-postgresql://chancery_test:chancery_test@127.0.0.1:5432/postgres}"
last=$(ls prisma/migrations | grep -E '^[0-9]{4}_' | sort | tail -n 1 | cut -c1-4)
next=$(printf '%04d' $((10#${last:-0} + 1)))
node scripts/postgresql-schema.mjs
old=$(mktemp -d)
git show HEAD:prisma/schema.prisma > "$old/sqlite.prisma"
git show HEAD:prisma/postgresql/schema.prisma > prisma/postgresql/previous.prisma
trap 'rm -rf "$old" prisma/postgresql/previous.prisma' EXIT

dir="prisma/migrations/${next}_${name}"
mkdir -p "$dir"
DATABASE_URL="file:./data/chancery.db" npx prisma migrate diff --from-schema-datamodel "$old/sqlite.prisma" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
pg_dir="prisma/postgresql/migrations/${next}_${name}"
mkdir -p "$pg_dir"
# The PostgreSQL config resolves schema paths from its own folder (see prisma/postgresql/prisma.config.ts).
DATABASE_URL="$pg_url" npx prisma migrate diff --config prisma/postgresql/prisma.config.ts \
  --from-schema-datamodel prisma/postgresql/previous.prisma --to-schema-datamodel prisma/postgresql/schema.prisma --script > "$pg_dir/migration.sql"
echo "Wrote $dir/migration.sql and $pg_dir/migration.sql"
