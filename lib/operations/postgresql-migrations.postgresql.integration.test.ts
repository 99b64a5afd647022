import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { createTemporaryDatabase, runScript, type TestDatabase } from "../../scripts/test-support/test-database";
import {
  applyPostgresqlMigrations,
  MigrationError,
  readShippedMigrations,
  type ShippedMigration,
} from "./postgresql-migrations";

const databases: TestDatabase[] = [];
afterAll(() => databases.forEach((d) => d.remove()));

async function query<T extends Record<string, unknown>>(url: string, sql: string, values: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const recorded = (url: string) =>
  query<{ migration_name: string; finished_at: Date | null }>(
    url,
    'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
  );

const tables = async (url: string) =>
  (
    await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )
  ).map((r) => r.table_name);

describe("PostgreSQL migrations", () => {
  it("applies every shipped migration once, in order, and records each; a second run applies nothing", async () => {
    const database = createTemporaryDatabase("postgresql");
    databases.push(database);
    const shipped = readShippedMigrations();
    expect(shipped.map((m) => m.name)).toEqual([
      "0001_init",
      "0002_auth",
      "0003_import_runs",
      "0004_reviews",
      ...shipped.slice(4).map((m) => m.name),
    ]);

    const first = runScript("migrate", database.url);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Applied migration 0001_init");
    const rows = await recorded(database.url);
    expect(rows.map((r) => r.migration_name)).toEqual(shipped.map((m) => m.name));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);

    const again = runScript("migrate", database.url);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`No pending migrations (${shipped.length} applied)`);
    expect(await recorded(database.url)).toHaveLength(shipped.length);
  });

  it("rolls back a migration that fails, recording nothing of it, and applies it once it is fixed", async () => {
    const database = createTemporaryDatabase("postgresql");
    databases.push(database);
    const [init] = readShippedMigrations();
    const broken: ShippedMigration = {
      name: "0002_broken",
      sql: 'CREATE TABLE "Half" ("id" TEXT); SELECT no_such_function();',
      checksum: "b".repeat(64),
    };
    await expect(applyPostgresqlMigrations(database.url, [init!, broken])).rejects.toThrow(
      /0002_broken failed and was rolled back.*no_such_function/,
    );
    expect((await recorded(database.url)).map((r) => r.migration_name)).toEqual(["0001_init"]);
    expect(await tables(database.url)).not.toContain("Half");

    const fixed: ShippedMigration = { ...broken, sql: 'CREATE TABLE "Half" ("id" TEXT);' };
    const outcome = await applyPostgresqlMigrations(database.url, [init!, fixed]);
    expect(outcome).toEqual({ applied: ["0002_broken"], alreadyApplied: 1 });
    expect(await tables(database.url)).toContain("Half");
  });

  it("stops at a half-applied migration, an edited one and one this version does not know, changing nothing", async () => {
    const database = createTemporaryDatabase("postgresql");
    databases.push(database);
    const shipped = readShippedMigrations();
    await applyPostgresqlMigrations(database.url, shipped.slice(0, 2));

    await query(database.url, `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '0002_auth'`);
    await expect(applyPostgresqlMigrations(database.url, shipped)).rejects.toThrow(
      /0002_auth was started at .* and never finished/,
    );
    await query(database.url, `UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = '0002_auth'`);

    const edited = shipped.map((m, i) => (i === 1 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyPostgresqlMigrations(database.url, edited)).rejects.toThrow(
      /0002_auth was changed after it was applied/,
    );
    await expect(applyPostgresqlMigrations(database.url, shipped.slice(0, 1))).rejects.toThrow(MigrationError);
    expect(await recorded(database.url)).toHaveLength(2);

    const rest = await applyPostgresqlMigrations(database.url, shipped);
    expect(rest.applied).toEqual(shipped.slice(2).map((m) => m.name));
  });
});
