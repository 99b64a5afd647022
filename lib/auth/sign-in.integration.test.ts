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
      { email: "raced@mfa.test", name: "Raced", role: "analyst", passwordHash },
      { email: "returning@mfa.test", name: "Returning", role: "analyst", passwordHash },
    ],
  });
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("signInWithPassword", () => {
  it("signs in with the right password (e-mail case ignored) and writes the audit log", async () => {
    const result = await signInWithPassword(
      db,
      { email: " Analyst@MFA.test ", password: "correct horse battery", address: "198.51.100.1" },
      { now: t0, sleep: noSleep },
    );
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
      const r = await signInWithPassword(
        db,
        { email: "victim@mfa.test", password: "guess", address: `203.0.113.${i}` },
        { now: t0, sleep },
      );
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // Attempts 2–4 waited 400, 800 and 1,200 ms for the account's earlier failures.
    expect(delays).toEqual([400, 800, 1200]);
    const fifth = await signInWithPassword(
      db,
      { email: "victim@mfa.test", password: "guess", address: "203.0.113.9" },
      { now: t0, sleep },
    );
    expect(fifth).toEqual({ ok: false, reason: "locked", retryAt: later(15) });
    // Even the right password is refused while locked, and the refusal is audited.
    const locked = await signInWithPassword(
      db,
      { email: "victim@mfa.test", password: "correct horse battery", address: "203.0.113.10" },
      { now: later(10), sleep },
    );
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.auditEntry.count({ where: { action: "sign_in_locked" } })).toBe(1);
    const after = await signInWithPassword(
      db,
      { email: "victim@mfa.test", password: "correct horse battery", address: "203.0.113.10" },
      { now: later(16), sleep },
    );
    expect(after.ok).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { key: "account:victim@mfa.test" } })).toBeNull();
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < 5; i++) {
      await signInWithPassword(
        db,
        { email: `spray${i}@mfa.test`, password: "guess", address: "192.0.2.50" },
        { now: t0, sleep: noSleep },
      );
    }
    const result = await signInWithPassword(
      db,
      { email: "analyst@mfa.test", password: "correct horse battery", address: "192.0.2.50" },
      { now: later(1), sleep: noSleep },
    );
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    const elsewhere = await signInWithPassword(
      db,
      { email: "analyst@mfa.test", password: "correct horse battery", address: "192.0.2.51" },
      { now: later(1), sleep: noSleep },
    );
    expect(elsewhere.ok).toBe(true);
  });

  // Issue 21: the count was read, the slow hash verified, then a value computed from the old read written.
  it("counts each attempt before the hash is checked: 36 wrong passwords, 12 at a time, lock the account and the right one is refused", async () => {
    const results = [];
    for (let wave = 0; wave < 3; wave++) {
      const attempts = Array.from({ length: 12 }, (_, i) =>
        signInWithPassword(
          db,
          { email: "raced@mfa.test", password: `guess ${wave}-${i}`, address: `198.51.100.${100 + wave * 12 + i}` },
          { now: t0, sleep: noSleep },
        ),
      );
      results.push(...(await Promise.all(attempts)));
    }
    expect(results.every((r) => !r.ok)).toBe(true);
    // Only the first five attempts reach the hash; the rest are refused as locked unchecked.
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(4);
    const state = await db.signInThrottle.findUniqueOrThrow({ where: { key: "account:raced@mfa.test" } });
    // Attempts that find the key already locked are refused without being counted.
    expect(state.failures).toBeGreaterThanOrEqual(5);
    expect(state.lockedUntil).toEqual(later(15));
    const right = await signInWithPassword(
      db,
      { email: "raced@mfa.test", password: "correct horse battery", address: "198.51.100.250" },
      { now: later(1), sleep: noSleep },
    );
    expect(right).toEqual({ ok: false, reason: "locked", retryAt: later(15) });
  });

  it("locks an address that sprays 30 accounts at once", async () => {
    const attempts = Array.from({ length: 30 }, (_, i) =>
      signInWithPassword(
        db,
        { email: `parallel${i}@mfa.test`, password: "guess", address: "192.0.2.70" },
        { now: t0, sleep: noSleep },
      ),
    );
    await Promise.all(attempts);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: "address:192.0.2.70" } })).failures).toBe(30);
    const right = await signInWithPassword(
      db,
      { email: "analyst@mfa.test", password: "correct horse battery", address: "192.0.2.70" },
      { now: later(1), sleep: noSleep },
    );
    expect(right).toMatchObject({ ok: false, reason: "locked" });
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < 4; i++) {
      await signInWithPassword(
        db,
        { email: "returning@mfa.test", password: "typo", address: "192.0.2.90" },
        { now: t0, sleep: noSleep },
      );
    }
    const next = await signInWithPassword(
      db,
      { email: "returning@mfa.test", password: "typo", address: "192.0.2.90" },
      { now: later(16), sleep: noSleep },
    );
    expect(next).toEqual({ ok: false, reason: "invalid" });
    expect(await db.signInThrottle.findUniqueOrThrow({ where: { key: "account:returning@mfa.test" } })).toMatchObject({
      failures: 1,
      firstFailureAt: later(16),
      lockedUntil: null,
    });
  });

  it("a successful sign-in clears the account's failures and does not count against its address", async () => {
    for (let i = 0; i < 3; i++) {
      await signInWithPassword(
        db,
        { email: "returning@mfa.test", password: "typo", address: "192.0.2.80" },
        { now: t0, sleep: noSleep },
      );
    }
    const ok = await signInWithPassword(
      db,
      { email: "returning@mfa.test", password: "correct horse battery", address: "192.0.2.80" },
      { now: t0, sleep: noSleep },
    );
    expect(ok.ok).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { key: "account:returning@mfa.test" } })).toBeNull();
    expect(await db.signInThrottle.findUniqueOrThrow({ where: { key: "address:192.0.2.80" } })).toMatchObject({
      failures: 3,
      lockedUntil: null,
    });
  });
});
