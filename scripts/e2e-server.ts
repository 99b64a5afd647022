/**
 * Serves the production build on a throw-away store for the end-to-end tests:
 * `demo` = migrated and seeded, `empty` = migrated only (SQLite files), and
 * `postgresql` = the demo on a PostgreSQL database, recreated and seeded, with
 * `postgresql-peer` = a second instance on that same database (migrations are
 * locked, so both may start together; the peer neither resets nor seeds). The
 * stores are recreated on every run so tests never depend on a previous one.
 *
 * `demo PORT INDEX COUNT`: one demo server per Playwright worker (playwright.config.ts).
 * Server 0 seeds data/e2e-demo.db and, before it serves, copies the file for servers
 * 1 … COUNT − 1 (data/e2e-demo-N.db): the same rows and ids, so a saved sign-in is valid
 * on each. Playwright starts its web servers one after the other, so the copies exist
 * by the time the next one starts.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, createWriteStream, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { startStandaloneServer } from "./standalone-server";
import { postgresDatabaseUrl, psql, testPostgresAdminUrl } from "./test-support/test-database";

const KINDS = ["demo", "empty", "postgresql", "postgresql-peer"];
const [kind, port, demoIndexArg = "0", demoCountArg = "1"] = process.argv.slice(2);
const demoIndex = Number(demoIndexArg);
const demoCount = Number(demoCountArg);
if (!kind || !KINDS.includes(kind) || !port || !(demoIndex >= 0 && demoIndex < demoCount)) {
  console.error(`usage: tsx scripts/e2e-server.ts ${KINDS.join("|")} PORT [DEMO-INDEX DEMO-COUNT]`);
  process.exit(2);
}
/** demo server 0 keeps the names the single demo server had (e2e-demo.db, e2e-demo-server.log). */
const name = kind === "demo" && demoIndex > 0 ? `demo-${demoIndex}` : kind;
const dataFile = (n: string) => path.join(process.cwd(), "data", `e2e-${n}.db`);
const removeStore = (file: string) => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
};

const onPostgresql = kind.startsWith("postgresql");
// Named by the Playwright port base, so that two checkouts can run their suites side by side.
const POSTGRESQL_DATABASE = `chancery_e2e_${process.env.E2E_PORT ?? "3200"}`;
const postgresqlUrl = postgresDatabaseUrl(testPostgresAdminUrl(), POSTGRESQL_DATABASE);
function storeUrl(): string {
  if (onPostgresql) {
    if (kind === "postgresql") {
      psql(testPostgresAdminUrl(), `DROP DATABASE IF EXISTS "${POSTGRESQL_DATABASE}" WITH (FORCE)`);
      psql(testPostgresAdminUrl(), `CREATE DATABASE "${POSTGRESQL_DATABASE}"`);
    }
    return postgresqlUrl;
  }
  const file = dataFile(name);
  if (name !== kind) {
    // A copy that server 0 made of its seeded store.
    if (!existsSync(file)) throw new Error(`${file} is missing: demo server 0 copies it before it serves.`);
    return `file:${file}`;
  }
  removeStore(file);
  if (kind === "demo") for (let i = 1; i < 10; i++) removeStore(dataFile(`demo-${i}`));
  return `file:${file}`;
}

const databaseUrl = storeUrl();
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  // Playwright stands in for one proxy in front: a browser context's X-Forwarded-For is its address
  // (so one spec's failed sign-ins lock no one else's), and a request without one is the socket's.
  CHANCERY_TRUSTED_PROXIES: "1",
  // Short limits so the tests can see sessions expire.
  AUTH_IDLE_MINUTES: process.env.AUTH_IDLE_MINUTES ?? "30",
  AUTH_ABSOLUTE_MINUTES: process.env.AUTH_ABSOLUTE_MINUTES ?? "60",
};
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const copy = name !== kind;
if (!copy) run(bin("tsx"), ["scripts/migrate.ts"]);
if (!copy && (kind === "demo" || kind === "postgresql")) run(bin("tsx"), ["prisma/seed.ts"]);
// The seed has closed the store, which folds its write-ahead log into the file; copied too if one is left.
if (kind === "demo" && !copy) {
  const seeded = databaseUrl.slice("file:".length);
  for (let i = 1; i < demoCount; i++) {
    copyFileSync(seeded, dataFile(`demo-${i}`));
    if (existsSync(`${seeded}-wal`)) copyFileSync(`${seeded}-wal`, `${dataFile(`demo-${i}`)}-wal`);
  }
}
// A new install has no demo users: its first administrator comes from the CLI.
if (kind === "empty") {
  const result = spawnSync(
    bin("tsx"),
    ["scripts/create-user.ts", "--email", "first.admin@chancery.test", "--name", "First Admin", "--role", "admin"],
    { env: { ...env, CHANCERY_NEW_PASSWORD: "first-admin-password" }, stdio: "inherit" },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Its output is also kept in data/e2e-KIND-server.log (e2e-demo-N-server.log for demo server N), where the tests read the request log.
const log = createWriteStream(path.join(process.cwd(), "data", `e2e-${name}-server.log`), { flags: "w" });
const server = startStandaloneServer({ port, host: "127.0.0.1", env, stdio: ["ignore", "pipe", "inherit"] });
server.stdout!.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
