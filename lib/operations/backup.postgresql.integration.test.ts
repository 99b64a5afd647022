import { writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, runScript, type TestDatabase } from "../../scripts/test-support/test-database";
import { seedBackupFixture } from "../../scripts/test-support/backup-fixture";
import { createPrismaClient } from "../prisma-client";
import { backupPostgresql, libpqEnvironment, restorePostgresql } from "./backup-postgresql";

let database: TestDatabase;
let db: PrismaClient;

/** Every row of every table (by primary key order), as text: what "exactly as it was" is compared on. */
async function dump(url: string): Promise<Record<string, unknown[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const out: Record<string, unknown[]> = {};
    for (const { table_name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t ORDER BY 1`);
      out[table_name] = rows.rows.map((r) => r.row);
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = createMigratedTestDatabase("postgresql");
  db = createPrismaClient(database.url);
  await seedBackupFixture(db);
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("backup and restore (PostgreSQL)", () => {
  it("passes the connection to pg_dump and pg_restore through libpq's environment, not the command line", () => {
    expect(libpqEnvironment("postgresql://ops:s%40cret@db.example:6543/chancery?sslmode=require")).toEqual({
      PGHOST: "db.example",
      PGPORT: "6543",
      PGUSER: "ops",
      PGPASSWORD: "s@cret",
      PGDATABASE: "chancery",
      PGSSLMODE: "require",
    });
  });

  it("backs up with pg_dump, survives changes, and restores the data exactly as it was", async () => {
    const before = await dump(database.url);
    const file = path.join(database.dir, "backup-1.dump");
    const report = await backupPostgresql(database.url, file);
    expect(report.rows).toBeGreaterThanOrEqual(30 + 10 + 1 + 1 + 1 + 1);
    await expect(backupPostgresql(database.url, file)).rejects.toThrow(/already exists/);

    await db.postTheme.deleteMany();
    await db.post.deleteMany({ where: { platformId: { in: ["p1", "p2", "p3"] } } });
    await db.post.updateMany({ data: { likeCount: 999 } });
    await db.mission.create({
      data: { slug: "japan", name: "Japan", kind: "embassy", country: "Japan", timeZone: "Asia/Tokyo" },
    });
    expect(await dump(database.url)).not.toEqual(before);

    const restored = await restorePostgresql(database.url, file);
    expect(restored.rows).toBe(report.rows);
    expect(await dump(database.url)).toEqual(before);
    // The app's own client sees the restored rows.
    expect(await db.post.count()).toBe(30);
  });

  it("refuses a file that is not a backup, a damaged one and one of other migrations, changing nothing", async () => {
    const before = await dump(database.url);
    const text = path.join(database.dir, "notes.dump");
    writeFileSync(text, "hello");
    await expect(restorePostgresql(database.url, text)).rejects.toThrow(/not a PostgreSQL backup/);

    const good = path.join(database.dir, "backup-2.dump");
    await backupPostgresql(database.url, good);
    const damaged = path.join(database.dir, "damaged.dump");
    const bytes = (await import("node:fs")).readFileSync(good);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restorePostgresql(database.url, damaged)).rejects.toThrow();

    const older = createMigratedTestDatabase("postgresql");
    try {
      const client = new Client({ connectionString: older.url });
      await client.connect();
      await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name > '0003_import_runs'`);
      await client.end();
      const olderFile = path.join(database.dir, "older.dump");
      await backupPostgresql(older.url, olderFile);
      await expect(restorePostgresql(database.url, olderFile)).rejects.toThrow(/made at migrations 0003_import_runs/);
    } finally {
      older.remove();
    }
    expect(await dump(database.url)).toEqual(before);
  });

  it("runs from the command line: npm run backup / npm run restore -- <file> --yes", async () => {
    const file = path.join(database.dir, "cli.dump");
    const backup = runScript("backup", database.url, "--out", file);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*cli\.dump/);
    expect(backup.stdout + backup.stderr).not.toContain("chancery_test:chancery_test");
    await db.post.deleteMany();
    const refused = runScript("restore", database.url, file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--yes");
    expect(refused.stderr).not.toContain(":chancery_test@");
    expect(await db.post.count()).toBe(0);
    const restore = runScript("restore", database.url, file, "--yes");
    expect(restore.status, restore.stderr).toBe(0);
    expect(await db.post.count()).toBe(30);
  });
});
