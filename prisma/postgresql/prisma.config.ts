// The CLI config for the PostgreSQL store (`prisma generate --config
// prisma/postgresql/prisma.config.ts`, `migrate diff`). Its paths are relative
// to this folder: the CLI resolves them from the config file, and when it
// cannot find the schema it falls back to downloading an engine, which these
// machines cannot do. Migrations are applied by scripts/migrate.ts, not by
// `prisma migrate deploy` (which fails on PostgreSQL with driver adapters in
// Prisma 6.19).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// `generate` never connects; it only needs a syntactically valid URL.
const url = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : "postgresql://localhost:5432/chancery";
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  async adapter() {
    return new PrismaPg({ connectionString: url });
  },
});
