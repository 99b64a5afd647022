// prisma/schema.prisma is the one source of truth for the store's schema. The
// PostgreSQL client and migrations need the same models under the
// "postgresql" provider, so this writes prisma/postgresql/schema.prisma from
// it (provider switched, client generated beside the SQLite one). Run by
// `npm install` (postinstall) and `npm run db:schemas`; `--check` fails when
// the committed copy is stale (a test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "prisma", "schema.prisma");
const target = path.join(root, "prisma", "postgresql", "schema.prisma");

export function postgresqlSchema(sqliteSchema) {
  const generator = /generator client \{[^}]*\}/;
  const datasource = /datasource db \{[^}]*\}/;
  if (!generator.test(sqliteSchema) || !datasource.test(sqliteSchema)) {
    throw new Error("prisma/schema.prisma must have one `generator client` and one `datasource db` block");
  }
  const header =
    "// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.mjs: do not edit.\n" +
    "// Edit prisma/schema.prisma, then run `npm run db:schemas`.\n\n";
  return (
    header +
    sqliteSchema
      .replace(
        generator,
        'generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n  output     = "../../node_modules/.prisma/client-postgresql"\n}',
      )
      .replace(datasource, 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}')
  );
}

function main() {
  const expected = postgresqlSchema(readFileSync(source, "utf8"));
  if (!process.argv.includes("--check")) {
    writeFileSync(target, expected);
    return;
  }
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== expected) {
    console.error("prisma/postgresql/schema.prisma is stale: run `npm run db:schemas`.");
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
