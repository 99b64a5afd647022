import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside a React Server Components bundle; tests run server code directly.
      "server-only": path.resolve(root, "scripts/test-support/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every test on the embedded store; the integration tests once more on a real
    // PostgreSQL server (started by scripts/ensure-postgres.sh), each file in its
    // own throw-away database.
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.postgresql.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgresql",
          include: ["lib/**/*.integration.test.ts", "app/**/*.integration.test.ts", "prisma/**/*.integration.test.ts", "scripts/**/*.integration.test.ts"],
          // Files named *.sqlite.integration.test.ts test what only the embedded store has (its file backups).
          exclude: ["**/node_modules/**", "**/*.sqlite.integration.test.ts"],
          // DATABASE_URL names the kind of store this process runs on (lib/data/sql-dialect.ts
          // reads it); each test file points it at its own database.
          env: { CHANCERY_TEST_STORE: "postgresql", DATABASE_URL: "postgresql://chancery_test@127.0.0.1:5432/unset" },
        },
      },
    ],
  },
});
