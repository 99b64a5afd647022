import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const EMPTY_PORT = PORT + 1;
// Two instances of the app on one PostgreSQL database (e2e/postgresql.spec.ts).
const POSTGRESQL_PORT = PORT + 10;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Two workers: the browser, the test runner and the server a test talks to take turns, so
 * one worker leaves a core idle. Specs write to the demo store (keyword rules re-tag posts
 * for a while, administrators add users, reviews and targets are saved), so each worker
 * has a demo server of its own, on an identical copy of the seeded store; the specs of one
 * worker run one file after the other, as the single worker ran them all.
 */
export const WORKERS = Math.min(Number(process.env.E2E_WORKERS ?? 2), 9);

/** Worker n's demo server: the first on PORT, the others above the empty store's port. */
export const demoPort = (workerIndex: number) => (workerIndex === 0 ? PORT : EMPTY_PORT + workerIndex);

/**
 * Which demo server this process's tests use. Playwright loads this file again in every
 * worker process, after it has set TEST_PARALLEL_INDEX there (0 … workers − 1).
 */
export const demoIndex = () => Number(process.env.TEST_PARALLEL_INDEX ?? 0);

/**
 * End-to-end tests against the production build (`next build` must have run),
 * in Debian's Chromium: Playwright's own browser download is not reachable here.
 * Servers on SQLite (a freshly seeded demo store per worker, an empty store) and two
 * instances on one freshly seeded PostgreSQL database.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: WORKERS,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  // On the 2-core CI machine a lazily loaded chart (components/charts/lazy-charts.tsx) or a
  // re-tag can take longer than Playwright's default 5 s to show while the other worker's
  // server is busy; a wait, not a speed requirement (issue 25 measures speed).
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${demoPort(demoIndex())}`,
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
    // The empty store is one server for all workers: what it shows before anything is in,
    // then the two import specs that fill it, one after the other.
    { name: "empty-store", testMatch: /empty-store\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "imports-formats",
      dependencies: ["setup", "empty-store"],
      testMatch: /imports-formats\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/analyst.json" },
    },
    {
      name: "imports",
      dependencies: ["imports-formats"],
      testMatch: /imports\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/analyst.json" },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      // Signed in as an HQ analyst unless a spec says otherwise.
      testIgnore: [/empty-store\.spec\.ts/, /imports-formats\.spec\.ts/, /imports\.spec\.ts/, /postgresql\.spec\.ts/],
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/analyst.json" },
    },
    { name: "postgresql", testMatch: /postgresql\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
  ],
  // Started one after the other: the first demo server seeds the store and copies it for the others.
  webServer: [
    ...Array.from({ length: WORKERS }, (_, index) => ({
      command: `node_modules/.bin/tsx scripts/e2e-server.ts demo ${demoPort(index)} ${index} ${WORKERS}`,
      url: `http://127.0.0.1:${demoPort(index)}/?asOf=2017-08-15`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
    })),
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
export const POSTGRESQL_URLS = [
  `http://127.0.0.1:${POSTGRESQL_PORT}`,
  `http://127.0.0.1:${POSTGRESQL_PORT + 1}`,
] as const;
