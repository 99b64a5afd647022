import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TestDatabase {
  url: string;
  dir: string;
  remove(): void;
}

/** An empty folder for SQLite files, removed with `remove()`. */
export function createTemporaryDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-test-"));
  return { url: `file:${path.join(dir, "test.db")}`, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one of the project's scripts (scripts/NAME.ts) on the store at `databaseUrl`, capturing its output. */
export function runScript(name: string, databaseUrl: string, ...args: string[]) {
  return spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A fresh SQLite file in a temporary folder with every migration applied (through the real migrate script). */
export function createMigratedTestDatabase(): TestDatabase {
  const database = createTemporaryDatabase();
  const result = runScript("migrate", database.url);
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  return database;
}
