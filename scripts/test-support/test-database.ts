import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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
  const result = spawnSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    throw new Error(
      `psql failed (${sql}): ${result.stderr || result.error?.message}. Is PostgreSQL running? Run scripts/ensure-postgres.sh.`,
    );
  }
}

/** A URL for database `name` on the server of `adminUrl`. */
export function postgresDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * An empty store of the given kind (default: the test store), removed with `remove()`.
 * On PostgreSQL, `template` names a database to copy instead of an empty one.
 */
export function createTemporaryDatabase(store: StoreKind = testStore(), template?: string): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-test-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (store === "sqlite") return { url: `file:${path.join(dir, "test.db")}`, dir, store, remove: removeDir };
  const adminUrl = testPostgresAdminUrl();
  const name = `chancery_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  psql(adminUrl, template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
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

/** A fresh store in a temporary place with every migration applied through the real migrate script. */
export function migrateTestDatabase(store: StoreKind = testStore()): TestDatabase {
  const database = createTemporaryDatabase(store);
  const result = runScript("migrate", database.url);
  if (result.status !== 0) {
    database.remove();
    throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  }
  return database;
}

/** The demo data (prisma/seed.ts: the survey and its generated history) loaded into `database`. */
function seedTestDatabase(database: TestDatabase) {
  const result = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) throw new Error(`seed failed: ${result.stderr || result.stdout}`);
}

/**
 * Templates: under Vitest (scripts/test-support/vitest-global-setup.ts names a folder for
 * the run in CHANCERY_TEST_TEMPLATE_DIR), the first test file that needs a migrated store,
 * or one with the demo data, makes it once for the whole run, through the same scripts; every
 * later store of that kind is a copy (an SQLite file copied, a PostgreSQL database created
 * with it as TEMPLATE), which takes milliseconds where migrating and seeding take seconds.
 */
export const TEMPLATE_DIR_ENV = "CHANCERY_TEST_TEMPLATE_DIR";
type TemplateKind = "migrated" | "demo";
/** What a template's record file holds: the store to copy, or why it could not be made. */
type TemplateRecord = { store: StoreKind; url: string; dir: string } | { error: string };

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** This run's template of `kind` on `store`, made here if no other test file has started it. */
function template(store: StoreKind, kind: TemplateKind): TestDatabase | null {
  const runDir = process.env[TEMPLATE_DIR_ENV];
  if (!runDir) return null;
  const base = path.join(runDir, `${kind}-${store}`);
  const recordFile = `${base}.json`;
  let mine = true;
  try {
    mkdirSync(`${base}.lock`);
  } catch {
    mine = false;
  }
  if (mine) {
    let record: TemplateRecord;
    try {
      const database = kind === "migrated" ? migrateTestDatabase(store) : createMigratedTestDatabase(store);
      if (kind === "demo") {
        try {
          seedTestDatabase(database);
        } catch (error) {
          database.remove();
          throw error;
        }
      }
      record = { store, url: database.url, dir: database.dir };
    } catch (error) {
      writeFileSync(recordFile, JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      throw error;
    }
    writeFileSync(recordFile, JSON.stringify(record));
  }
  // Another file is making it: wait (the beforeAll that asked has its own time limit).
  const deadline = Date.now() + 5 * 60_000;
  while (!existsSync(recordFile)) {
    if (Date.now() > deadline) throw new Error(`No ${kind} template for ${store} after 5 minutes (${recordFile}).`);
    sleep(100);
  }
  const record = JSON.parse(readFileSync(recordFile, "utf8")) as TemplateRecord;
  if ("error" in record) throw new Error(`The ${kind} template for ${store} could not be made: ${record.error}`);
  return { ...record, remove: () => {} };
}

/** Removes every template made under `runDir` and the folder itself (the global teardown). */
export function removeTemplates(runDir: string) {
  for (const file of existsSync(runDir) ? readdirSync(runDir) : []) {
    if (!file.endsWith(".json")) continue;
    const record = JSON.parse(readFileSync(path.join(runDir, file), "utf8")) as TemplateRecord;
    if ("error" in record) continue;
    if (record.store === "postgresql")
      psql(testPostgresAdminUrl(), `DROP DATABASE IF EXISTS "${new URL(record.url).pathname.slice(1)}" WITH (FORCE)`);
    rmSync(record.dir, { recursive: true, force: true });
  }
  rmSync(runDir, { recursive: true, force: true });
}

/** A copy of `source`: an SQLite file copied, a PostgreSQL database created from it. */
function copyOf(source: TestDatabase): TestDatabase {
  if (source.store === "sqlite") {
    const database = createTemporaryDatabase("sqlite");
    const from = source.url.slice("file:".length);
    const to = database.url.slice("file:".length);
    copyFileSync(from, to);
    // A store closed cleanly has no write-ahead log left; copied with it if it has one.
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
    return database;
  }
  return createTemporaryDatabase("postgresql", new URL(source.url).pathname.slice(1));
}

/**
 * A fresh store in a temporary place with every migration applied: a copy of this run's
 * migrated template under Vitest, else through the real migrate script.
 */
export function createMigratedTestDatabase(store: StoreKind = testStore()): TestDatabase {
  const migrated = template(store, "migrated");
  return migrated ? copyOf(migrated) : migrateTestDatabase(store);
}

/**
 * A fresh migrated store with the demo data loaded as prisma/seed.ts loads it (through
 * prisma/demo/load-demo-data.ts): a copy of this run's demo template under Vitest.
 */
export function createDemoTestDatabase(store: StoreKind = testStore()): TestDatabase {
  const demo = template(store, "demo");
  if (demo) return copyOf(demo);
  const database = migrateTestDatabase(store);
  try {
    seedTestDatabase(database);
  } catch (error) {
    database.remove();
    throw error;
  }
  return database;
}
