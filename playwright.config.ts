import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const EMPTY_PORT = PORT + 1;
// Two instances of the app on one PostgreSQL database (e2e/postgresql.spec.ts).
const POSTGRESQL_PORT = PORT + 10;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * End-to-end tests against the production build (`next build` must have run),
 * in Debian's Chromium: Playwright's own browser download is not reachable here.
 * Two servers on SQLite (a freshly seeded demo store, an empty store) and two
 * instances on one freshly seeded PostgreSQL database.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    // Before anything imports into the empty store.
    { name: "empty-store", testMatch: /empty-store\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["setup", "empty-store"],
      // Signed in as an HQ analyst unless a spec says otherwise.
      testIgnore: [/empty-store\.spec\.ts/, /postgresql\.spec\.ts/],
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/analyst.json" },
    },
    { name: "postgresql", testMatch: /postgresql\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts demo ${PORT}`,
      url: `http://127.0.0.1:${PORT}/?asOf=2017-08-15`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts empty ${EMPTY_PORT}`,
      url: `http://127.0.0.1:${EMPTY_PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts postgresql ${POSTGRESQL_PORT}`,
      url: `http://127.0.0.1:${POSTGRESQL_PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts postgresql-peer ${POSTGRESQL_PORT + 1}`,
      url: `http://127.0.0.1:${POSTGRESQL_PORT + 1}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});

export const EMPTY_STORE_URL = `http://127.0.0.1:${EMPTY_PORT}`;
export const POSTGRESQL_URLS = [`http://127.0.0.1:${POSTGRESQL_PORT}`, `http://127.0.0.1:${POSTGRESQL_PORT + 1}`] as const;
