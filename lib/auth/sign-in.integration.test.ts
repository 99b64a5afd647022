import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { hashPassword } from "./password";
import { signInWithPassword } from "./sign-in";

let database: TestDatabase;
let db: PrismaClient;
const noSleep = async () => {};
const t0 = new Date("2026-03-01T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const passwordHash = await hashPassword("correct horse battery");
  await db.user.createMany({
    data: [
      { email: "analyst@mfa.test", name: "Analyst", role: "analyst", passwordHash },
      { email: "former@mfa.test", name: "Former", role: "analyst", passwordHash, isActive: false },
      { email: "victim@mfa.test", name: "Victim", role: "analyst", passwordHash },
    ],
  });
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("signInWithPassword", () => {
  it("signs in with the right password (e-mail case ignored) and writes the audit log", async () => {
    const result = await signInWithPassword(db, { email: " Analyst@MFA.test ", password: "correct horse battery", address: "198.51.100.1" }, { now: t0, sleep: noSleep });
    expect(result).toMatchObject({ ok: true, user: { email: "analyst@mfa.test", role: "analyst" } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "sign_in" } });
    expect(entry.address).toBe("198.51.100.1");
    expect(entry.details).not.toContain("correct horse");
  });

  it("refuses a wrong password, an unknown e-mail, an inactive user and malformed input alike", async () => {
    const attempt = (email: unknown, password: unknown) =>
      signInWithPassword(db, { email, password, address: "198.51.100.2" }, { now: t0, sleep: noSleep });
    expect(await attempt("analyst@mfa.test", "wrong password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@mfa.test", "correct horse battery")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("former@mfa.test", "correct horse battery")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(["array"], { object: true })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditEntry.count({ where: { action: "sign_in_failed" } })).toBe(3);
  });

  it("slows, then locks an account after five failures, even from different addresses, and lets it in after the lock", async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    for (let i = 0; i < 4; i++) {
      const r = await signInWithPassword(db, { email: "victim@mfa.test", password: "guess", address: `203.0.113.${i}` }, { now: t0, sleep });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // Attempts 2–4 waited 400, 800 and 1,200 ms for the account's earlier failures.
    expect(delays).toEqual([400, 800, 1200]);
    const fifth = await signInWithPassword(db, { email: "victim@mfa.test", password: "guess", address: "203.0.113.9" }, { now: t0, sleep });
    expect(fifth).toEqual({ ok: false, reason: "locked", retryAt: later(15) });
    // Even the right password is refused while locked, and the refusal is audited.
    const locked = await signInWithPassword(db, { email: "victim@mfa.test", password: "correct horse battery", address: "203.0.113.10" }, { now: later(10), sleep });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.auditEntry.count({ where: { action: "sign_in_locked" } })).toBe(1);
    const after = await signInWithPassword(db, { email: "victim@mfa.test", password: "correct horse battery", address: "203.0.113.10" }, { now: later(16), sleep });
    expect(after.ok).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { key: "account:victim@mfa.test" } })).toBeNull();
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < 5; i++) {
      await signInWithPassword(db, { email: `spray${i}@mfa.test`, password: "guess", address: "192.0.2.50" }, { now: t0, sleep: noSleep });
    }
    const result = await signInWithPassword(db, { email: "analyst@mfa.test", password: "correct horse battery", address: "192.0.2.50" }, { now: later(1), sleep: noSleep });
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    const elsewhere = await signInWithPassword(db, { email: "analyst@mfa.test", password: "correct horse battery", address: "192.0.2.51" }, { now: later(1), sleep: noSleep });
    expect(elsewhere.ok).toBe(true);
  });
});
