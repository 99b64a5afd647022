import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import {
  createMigratedTestDatabase,
  createTemporaryDatabase,
  type TestDatabase,
} from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { checkHealth, expectedMigrations, migrationStatus } from "./health";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(() => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("migrationStatus", () => {
  const done = (name: string) => ({ migration_name: name, finished_at: "2026-01-01", rolled_back_at: null });
  it("is current when every shipped migration finished, pending when one is missing, failed when one stopped halfway", () => {
    expect(migrationStatus([done("0001_a"), done("0002_b")], ["0001_a", "0002_b"])).toEqual({
      status: "current",
      applied: 2,
      expected: 2,
    });
    expect(migrationStatus([done("0001_a")], ["0001_a", "0002_b"])).toEqual({
      status: "pending",
      applied: 1,
      expected: 2,
    });
    expect(
      migrationStatus(
        [done("0001_a"), { migration_name: "0002_b", finished_at: null, rolled_back_at: null }],
        ["0001_a", "0002_b"],
      ),
    ).toMatchObject({ status: "failed", applied: 1 });
    // A rolled-back attempt followed by a finished one is applied.
    expect(
      migrationStatus(
        [done("0001_a"), { migration_name: "0002_b", finished_at: null, rolled_back_at: "x" }, done("0002_b")],
        ["0001_a", "0002_b"],
      ),
    ).toMatchObject({ status: "current" });
    expect(migrationStatus([], [])).toMatchObject({ status: "unknown" });
  });
});

describe("checkHealth", () => {
  it("reports a migrated store as healthy, with every migration this build ships", async () => {
    const expected = expectedMigrations(database.store);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(await checkHealth(db)).toEqual({
      status: "ok",
      database: "ok",
      migrations: { status: "current", applied: expected.length, expected: expected.length },
    });
  });

  it("reports pending migrations when the build ships one the store lacks", async () => {
    const report = await checkHealth(db, [...expectedMigrations(database.store), "9999_not_applied"]);
    expect(report).toMatchObject({ status: "unavailable", database: "ok", migrations: { status: "pending" } });
  });

  it("reports a store that was never migrated as unavailable, without naming tables or errors", async () => {
    const blank = createTemporaryDatabase();
    const blankDb = createPrismaClient(blank.url);
    try {
      const report = await checkHealth(blankDb);
      expect(report).toMatchObject({
        status: "unavailable",
        database: "ok",
        migrations: { status: "pending", applied: 0 },
      });
      expect(JSON.stringify(report)).not.toMatch(/_prisma_migrations|no such table|SQLITE/i);
    } finally {
      await blankDb.$disconnect();
      blank.remove();
    }
  });

  it("reports a store it cannot open as unreachable", async () => {
    const nowhere = createPrismaClient("file:/proc/chancery-no-such-dir/x.db");
    try {
      expect(await checkHealth(nowhere)).toMatchObject({ status: "unavailable", database: "unreachable" });
    } finally {
      await nowhere.$disconnect();
    }
  });
});
