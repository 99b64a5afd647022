#!/usr/bin/env bash
# Writes prisma/migrations/NNNN_<name>/migration.sql from the difference between
# the schema as last committed and the schema in the work tree. (`prisma migrate
# dev` needs a shadow database that the offline engine cannot create.)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/new-migration.sh short_name}"
last=$(ls prisma/migrations | grep -E '^[0-9]{4}_' | sort | tail -n 1 | cut -c1-4)
next=$(printf '%04d' $((10#${last:-0} + 1)))
dir="prisma/migrations/${next}_${name}"
old=$(mktemp --suffix=.prisma)
git show HEAD:prisma/schema.prisma > "$old"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$old"
echo "Wrote $dir/migration.sql:"
cat "$dir/migration.sql"
