import path from "node:path";
import { defineConfig } from "prisma/config";
import { createSqliteAdapter } from "./lib/sqlite-adapter";
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl, storeKind } from "./lib/database-url";

// This config is the SQLite store's (prisma/postgresql/prisma.config.ts is PostgreSQL's):
// with a PostgreSQL DATABASE_URL in the environment, `prisma generate` still builds the SQLite client.
const configured = resolveDatabaseUrl();
const url =
  storeKind(configured) === "sqlite"
    ? configured
    : resolveDatabaseUrl({ ...process.env, DATABASE_URL: DEFAULT_DATABASE_URL });
// The schema reads DATABASE_URL; the CLI must see the same default the app uses.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return createSqliteAdapter(url);
  },
});
