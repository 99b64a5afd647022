import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../scripts/test-support/test-database";
import { dialectOf } from "./data/sql-dialect";
import { createPrismaClient } from "./prisma-client";

let database: TestDatabase;
let db: PrismaClient;
let missionId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  missionId = (
    await db.mission.create({
      data: { slug: "paris", name: "Embassy in Paris", kind: "embassy", country: "France", timeZone: "Europe/Paris" },
    })
  ).id;
  await db.user.create({
    data: {
      email: "ambassador@mfa.test",
      name: "Ambassador",
      role: "ambassador",
      missionId,
      passwordHash: "$argon2id$stored-hash",
    },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("createPrismaClient", () => {
  it("returns users without their passwordHash unless a query asks for it by name", async () => {
    const where = { email: "ambassador@mfa.test" };
    const created = await db.user.create({
      data: { email: "analyst@mfa.test", name: "Analyst", role: "analyst", passwordHash: "$argon2id$other" },
    });
    const read = [
      created,
      await db.user.findUniqueOrThrow({ where }),
      ...(await db.user.findMany()),
      ...(await db.mission.findUniqueOrThrow({ where: { id: missionId }, include: { users: true } })).users,
      await db.$transaction((tx) => tx.user.findFirstOrThrow({ where })),
      await db.user.update({ where, data: { name: "Ambassador" } }),
    ];
    for (const user of read) {
      expect(user).toHaveProperty("email");
      expect(user).not.toHaveProperty("passwordHash");
    }
    expect(JSON.stringify(read)).not.toContain("argon2id");
    expect(await db.user.findUniqueOrThrow({ where, omit: { passwordHash: false } })).toMatchObject({
      passwordHash: "$argon2id$stored-hash",
    });
    expect(await db.user.findUniqueOrThrow({ where, select: { passwordHash: true } })).toEqual({
      passwordHash: "$argon2id$stored-hash",
    });
  });

  it("carries the SQL dialect of its store, inside transactions too", async () => {
    expect(dialectOf(db).store).toBe(database.store);
    expect(await db.$transaction(async (tx) => dialectOf(tx).store)).toBe(database.store);
    const { daySql, dateTimeSql } = dialectOf(db);
    const rows = await db.$queryRaw<{ day: string }[]>(
      Prisma.sql`SELECT ${daySql(dateTimeSql(new Date("2026-03-01T23:59:00Z")))} AS "day"`,
    );
    expect(rows).toEqual([{ day: "2026-03-01" }]);
  });

  it("refuses to guess the dialect of a client it did not build", () => {
    expect(() => dialectOf({})).toThrow(/createPrismaClient/);
  });
});
