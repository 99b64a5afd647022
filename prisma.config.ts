import path from "node:path";
import { defineConfig } from "prisma/config";
import { createSqliteAdapter } from "./lib/prisma-client";
import { resolveDatabaseUrl } from "./lib/database-url";

const url = resolveDatabaseUrl();
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
