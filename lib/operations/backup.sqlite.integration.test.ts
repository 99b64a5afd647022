import { linkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, runScript, type TestDatabase } from "../../scripts/test-support/test-database";
import { seedBackupFixture } from "../../scripts/test-support/backup-fixture";
import { createPrismaClient } from "../prisma-client";
import { backupSqlite, restoreSqlite } from "./backup";

let database: TestDatabase;
let db: PrismaClient;

/** Every row of every table, in a fixed order: what "exactly as it was" is compared on. */
async function dump(url: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url });
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables.rows) {
      const rows = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`);
      out[String(name)] = rows.rows.map((row) => ({ ...row }));
    }
    return out;
  } finally {
    client.close();
  }
}

const cli = (script: string, ...args: string[]) => runScript(script, database.url, ...args);

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  await seedBackupFixture(db);
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("backup and restore (SQLite)", () => {
  it("backs up, survives changes, and restores the data exactly as it was", async () => {
    const before = await dump(database.url);
    const file = path.join(database.dir, "backup-1.db");
    const report = await backupSqlite(database.url, file);
    expect(report).toMatchObject({ path: file, tables: expect.any(Number) });
    expect(report.rows).toBeGreaterThanOrEqual(30 + 10 + 1 + 1 + 1 + 1);

    // Change everything in sight: deletes, updates and inserts.
    await db.postTheme.deleteMany();
    await db.post.deleteMany({ where: { platformId: { in: ["p1", "p2", "p3"] } } });
    await db.post.updateMany({ data: { likeCount: 999 } });
    await db.mission.update({ where: { slug: "germany" }, data: { name: "Renamed" } });
    await db.mission.create({
      data: { slug: "japan", name: "Japan", kind: "embassy", country: "Japan", timeZone: "Asia/Tokyo" },
    });
    expect(await dump(database.url)).not.toEqual(before);

    const restored = await restoreSqlite(database.url, file);
    expect(restored.rows).toBe(report.rows);
    expect(await dump(database.url)).toEqual(before);
  });

  it("refuses a file that is not a backup, a damaged one and one of other migrations, changing nothing", async () => {
    const before = await dump(database.url);
    const text = path.join(database.dir, "notes.db");
    writeFileSync(text, "not a database at all ".repeat(20));
    await expect(restoreSqlite(database.url, text)).rejects.toThrow(/not a SQLite backup/);
    await expect(restoreSqlite(database.url, path.join(database.dir, "missing.db"))).rejects.toThrow(
      /not a SQLite backup/,
    );
    await expect(
      restoreSqlite(database.url, path.relative(process.cwd(), path.join(database.dir, "test.db"))),
    ).rejects.toThrow(/the store itself/);
    linkSync(path.join(database.dir, "test.db"), path.join(database.dir, "same-file.db"));
    await expect(restoreSqlite(database.url, path.join(database.dir, "same-file.db"))).rejects.toThrow(
      /the store itself/,
    );

    const other = path.join(database.dir, "backup-other.db");
    await backupSqlite(database.url, other);
    const otherClient = createClient({ url: `file:${other}` });
    await otherClient.execute(
      "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT MAX(migration_name) FROM _prisma_migrations)",
    );
    otherClient.close();
    await expect(restoreSqlite(database.url, other)).rejects.toThrow(/made at migration .* and the store is at/);

    const cut = path.join(database.dir, "backup-cut.db");
    await backupSqlite(database.url, cut);
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(cut);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreSqlite(database.url, cut)).rejects.toThrow();
    expect(await dump(database.url)).toEqual(before);
  });

  it("runs from the command line: npm run backup / npm run restore -- <file> --yes", async () => {
    const before = await dump(database.url);
    const file = path.join(database.dir, "cli-backup.db");
    const backup = cli("backup", "--out", file);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*cli-backup\.db/);
    await db.post.deleteMany();

    const unconfirmed = cli("restore", file);
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr).toMatch(/--yes/);
    expect(await db.post.count()).toBe(0);

    const again = cli("backup", "--out", file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const restore = cli("restore", file, "--yes");
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ rows/);
    expect(await dump(database.url)).toEqual(before);
  });
});
