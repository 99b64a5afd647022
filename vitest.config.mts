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
    // Two test files at a time (Vitest's default on two cores is one): the integration files
    // spend much of their time waiting for the scripts they run and for PostgreSQL.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each project migrates once into a template store (its globalSetup); every test store is a copy of it.
    setupFiles: ["scripts/test-support/vitest-template-env.ts"],
    // Every test on the embedded store; the integration tests once more on a real
    // PostgreSQL server (started by scripts/ensure-postgres.sh), each file in its
    // own throw-away database.
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          globalSetup: ["scripts/test-support/vitest-global-setup.ts"],
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.postgresql.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgresql",
          globalSetup: ["scripts/test-support/vitest-global-setup.ts"],
          include: [
            "lib/**/*.integration.test.ts",
            "app/**/*.integration.test.ts",
            "prisma/**/*.integration.test.ts",
            "scripts/**/*.integration.test.ts",
          ],
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
