/**
 * Signing in while another connection holds SQLite's write lock (an import, a
 * re-tag): the store cannot count the attempt or record the sign-in, and the
 * answer must say so, never "wrong e-mail or password" (issue 25). The lock is
 * held by a second real connection to the same file.
 */
import { createClient, type Client, type Transaction } from "@libsql/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { isStoreBusy } from "../data/store-busy";
import { hashPassword } from "./password";
import { signInWithPassword } from "./sign-in";

let database: TestDatabase;
let db: PrismaClient;
let holder: Client;
let lock: Transaction | null = null;
const noSleep = async () => {};

beforeAll(async () => {
  database = createMigratedTestDatabase("sqlite");
  db = createPrismaClient(database.url);
  await db.user.create({
    data: {
      email: "analyst@mfa.test",
      name: "Analyst",
      role: "analyst",
      passwordHash: await hashPassword("right one"),
    },
  });
  holder = createClient({ url: database.url });
});

afterEach(async () => {
  await lock?.rollback();
  lock = null;
});

afterAll(async () => {
  holder?.close();
  await db?.$disconnect();
  database?.remove();
});

/** Takes the write lock as an import's transaction does, with a write of its own. */
async function holdWriteLock() {
  lock = await holder.transaction("write");
  await lock.execute(
    "INSERT INTO AuditEntry (id, action, details, at) VALUES ('lock-holder', 'import_started', '{}', 0)",
  );
}

describe("sign-in while the store is busy with a long write", () => {
  it("answers busy for the right password, and for a wrong one, instead of throwing or saying the password is wrong", async () => {
    await holdWriteLock();
    const attempt = (password: string) =>
      signInWithPassword(db, { email: "analyst@mfa.test", password, address: "198.51.100.9" }, { sleep: noSleep });
    expect(await attempt("right one")).toEqual({ ok: false, reason: "busy" });
    expect(await attempt("wrong one")).toEqual({ ok: false, reason: "busy" });
  }, 40_000);

  it("signs in once the lock is gone, with nothing left counted from the busy attempts", async () => {
    const result = await signInWithPassword(
      db,
      { email: "analyst@mfa.test", password: "right one", address: "198.51.100.9" },
      { sleep: noSleep },
    );
    expect(result).toMatchObject({ ok: true, user: { email: "analyst@mfa.test" } });
    const throttles = await db.signInThrottle.findMany();
    expect(throttles.reduce((sum, row) => sum + row.failures, 0)).toBe(0);
  });

  it("recognises the driver's busy error and nothing else", async () => {
    await holdWriteLock();
    const busy = await db.auditEntry.create({ data: { action: "probe" } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isStoreBusy(busy)).toBe(true);
    await lock!.rollback();
    lock = null;
    const other = await db.user.create({ data: { email: "analyst@mfa.test", name: "Twin", role: "analyst" } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(other).not.toBeNull();
    expect(isStoreBusy(other)).toBe(false);
    expect(isStoreBusy(new Error("database is locked"))).toBe(false);
  }, 20_000);
});
