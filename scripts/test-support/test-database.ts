import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { StoreKind } from "../../lib/database-url";

export interface TestDatabase {
  url: string;
  /** A temporary folder beside the store (the SQLite file lives in it), removed with the store. */
  dir: string;
  store: StoreKind;
  remove(): void;
}

/**
 * The store the integration tests run on: SQLite unless CHANCERY_TEST_STORE is
 * "postgresql" (vitest.config.mts runs the integration files once per store).
 */
export function testStore(env: NodeJS.ProcessEnv = process.env): StoreKind {
  return env.CHANCERY_TEST_STORE === "postgresql" ? "postgresql" : "sqlite";
}

/** A PostgreSQL role that may create databases (scripts/ensure-postgres.sh makes this one). */
export function testPostgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHANCERY_TEST_POSTGRES_URL?.trim() || "postgresql://chancery_test:chancery_test@127.0.0.1:5432/postgres";
}

/** Runs one SQL statement on the server of `adminUrl` (psql), throwing with its error. */
export function psql(adminUrl: string, sql: string) {
  const result = spawnSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`psql failed (${sql}): ${result.stderr || result.error?.message}. Is PostgreSQL running? Run scripts/ensure-postgres.sh.`);
  }
}

/** A URL for database `name` on the server of `adminUrl`. */
export function postgresDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty store of the given kind (default: the test store), removed with `remove()`. */
export function createTemporaryDatabase(store: StoreKind = testStore()): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-test-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (store === "sqlite") return { url: `file:${path.join(dir, "test.db")}`, dir, store, remove: removeDir };
  const adminUrl = testPostgresAdminUrl();
  const name = `chancery_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  psql(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: postgresDatabaseUrl(adminUrl, name),
    dir,
    store,
    remove: () => {
      // FORCE ends connections a test left open.
      psql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      removeDir();
    },
  };
}

/** Runs one of the project's scripts (scripts/NAME.ts) on the store at `databaseUrl`, capturing its output. */
export function runScript(name: string, databaseUrl: string, ...args: string[]) {
  return spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A fresh store in a temporary place with every migration applied (through the real migrate script). */
export function createMigratedTestDatabase(store: StoreKind = testStore()): TestDatabase {
  const database = createTemporaryDatabase(store);
  const result = runScript("migrate", database.url);
  if (result.status !== 0) {
    database.remove();
    throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  }
  return database;
}
