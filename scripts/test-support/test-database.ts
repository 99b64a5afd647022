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

/** A fresh SQLite file in a temporary folder with every migration applied (through the real migrate script). */
export function createMigratedTestDatabase(): TestDatabase {
  const database = createTemporaryDatabase();
  const result = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  return database;
}
