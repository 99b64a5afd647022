import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { hashPassword } from "../auth/password";
import { signInWithPassword } from "../auth/sign-in";
import type { Role, Viewer } from "../auth/permissions";
import { AppError } from "../errors";

let database: TestDatabase;
let db: PrismaClient;
let users: typeof import("./users");
let admin: Viewer;
let missionId: string;
const noSleep = async () => {};
const signIn = (email: string, password: string) => signInWithPassword(db, { email, password, address: "198.51.100.9" }, { sleep: noSleep });

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({ data: { slug: "germany", name: "Germany", kind: "embassy", country: "Germany", timeZone: "Europe/Berlin" } });
  missionId = mission.id;
  const passwordHash = await hashPassword("admin password 1");
  const root = await db.user.create({ data: { email: "root@mfa.test", name: "Root Admin", role: "admin", passwordHash } });
  admin = { userId: root.id, role: "admin", missionId: null, name: root.name, email: root.email };
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  users = await import("./users");
});

afterAll(async () => {
  await db?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const valid = { name: "New Analyst", email: "New.Analyst@MFA.test", role: "analyst" as Role, missionId: "", password: "a long enough password" };

describe("user administration", () => {
  it("refuses every function to non-admins", async () => {
    const others: Viewer[] = [
      { userId: null, role: "analyst", missionId: null },
      { userId: null, role: "leadership", missionId: null },
      { userId: null, role: "ambassador", missionId },
    ];
    const target = (await db.user.findFirstOrThrow()).id;
    for (const viewer of others) {
      const calls = [
        users.listUsers(viewer),
        users.listMissionOptions(viewer),
        users.createUser(viewer, { ...valid, email: `x-${viewer.role}@mfa.test` }),
        users.updateUser(viewer, target, { name: "Hacked", role: "analyst", missionId: null }),
        users.setUserActive(viewer, target, false),
        users.resetPassword(viewer, target, "another long password"),
        users.listAuditEntries(viewer, { page: 1 }),
      ];
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: target } })).isActive).toBe(true);
  });

  it("validates a new user and writes nothing on refusal", async () => {
    const refused = async (input: Partial<typeof valid> & Record<string, unknown>, field: string, code: string) => {
      const error = await users.createUser(admin, { ...valid, ...input } as typeof valid).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors?.[field]).toContain(code);
    };
    await refused({ email: "not-an-address" }, "email", "email_invalid");
    await refused({ password: "short" }, "password", "password_too_short");
    await refused({ role: "ambassador", missionId: "" }, "missionId", "mission_required");
    await refused({ role: "analyst", missionId }, "missionId", "mission_not_allowed");
    await refused({ role: "ambassador", missionId: "no-such-mission" }, "missionId", "mission_unknown");
    await refused({ role: "superuser" as never }, "role", "role_invalid");
    await refused({ email: "ROOT@mfa.test" }, "email", "email_taken");
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("creates a user with a lower-cased e-mail, audited without the password", async () => {
    const created = await users.createUser(admin, valid);
    expect(created.email).toBe("new.analyst@mfa.test");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "user_created", targetId: created.id } });
    expect(entry.actorId).toBe(admin.userId);
    expect(entry.details).not.toContain(valid.password);
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(users.createUser(admin, { ...valid, email: "new.analyst@mfa.test" })).rejects.toMatchObject({ code: "conflict" });
    const list = await users.listUsers(admin);
    expect(list.map((u) => u.email)).toEqual(["new.analyst@mfa.test", "root@mfa.test"]);
    expect(JSON.stringify(list)).not.toContain("argon2");
  });

  it("audits a role and mission change", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.analyst@mfa.test" } });
    await expect(users.updateUser(admin, user.id, { name: user.name, role: "ambassador", missionId: "" })).rejects.toMatchObject({ code: "invalid" });
    expect(await users.updateUser(admin, user.id, { name: user.name, role: "ambassador", missionId })).toEqual({ changed: true });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "role_changed", targetId: user.id } });
    expect(JSON.parse(entry.details)).toEqual({ from: { role: "analyst", missionId: null }, to: { role: "ambassador", missionId } });
    expect(entry.actorId).toBe(admin.userId);
    await users.updateUser(admin, user.id, { name: "Renamed", role: "ambassador", missionId });
    expect(await db.auditEntry.count({ where: { action: "user_updated", targetId: user.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "role_changed", targetId: user.id } })).toBe(1);
    await expect(users.updateUser(admin, "missing", { name: "X", role: "analyst", missionId: null })).rejects.toMatchObject({ code: "not_found" });
  });

  it("never deactivates or demotes the last active admin, nor lets an admin do it to themself", async () => {
    const rootId = admin.userId!;
    await expect(users.setUserActive(admin, rootId, false)).rejects.toMatchObject({ code: "conflict" });
    await expect(users.updateUser(admin, rootId, { name: "Root Admin", role: "analyst", missionId: null })).rejects.toMatchObject({ code: "conflict" });
    // Even when another admin tries it (e.g. one whose own account was just deactivated).
    const other: Viewer = { userId: "someone-else", role: "admin", missionId: null };
    await expect(users.setUserActive(other, rootId, false)).rejects.toMatchObject({ code: "conflict", fieldErrors: { form: ["last_admin"] } });
    await expect(users.updateUser(other, rootId, { name: "Root Admin", role: "leadership", missionId: null })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { role: ["last_admin"] },
    });
    const root = await db.user.findUniqueOrThrow({ where: { id: rootId } });
    expect(root).toMatchObject({ role: "admin", isActive: true });
    // With a second admin, one of them may be demoted by the other.
    const second = await users.createUser(admin, { ...valid, email: "second.admin@mfa.test", role: "admin" });
    await users.updateUser(admin, second.id, { name: valid.name, role: "analyst", missionId: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).role).toBe("analyst");
  });

  it("resets a password: the new one signs in, the old one does not; the log holds no password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.analyst@mfa.test" } });
    expect((await signIn(user.email, valid.password)).ok).toBe(true);
    await expect(users.resetPassword(admin, user.id, "short")).rejects.toMatchObject({ code: "invalid" });
    await users.resetPassword(admin, user.id, "a brand new password");
    expect((await signIn(user.email, "a brand new password")).ok).toBe(true);
    expect((await signIn(user.email, valid.password)).ok).toBe(false);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "password_reset", targetId: user.id } });
    expect(entry.details).not.toContain("brand new");
  });

  it("a deactivated user cannot sign in until reactivated", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.analyst@mfa.test" } });
    await users.setUserActive(admin, user.id, false);
    expect((await signIn(user.email, "a brand new password")).ok).toBe(false);
    await users.setUserActive(admin, user.id, true);
    expect((await signIn(user.email, "a brand new password")).ok).toBe(true);
    const actions = (await db.auditEntry.findMany({ where: { targetId: user.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user_deactivated", "user_reactivated"]));
  });

  it("lists the audit log newest first, with actor and target names", async () => {
    const page = await users.listAuditEntries(admin, { page: "1" });
    expect(page.total).toBeGreaterThan(5);
    const times = page.items.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const created = page.items.find((e) => e.action === "user_created");
    expect(created).toMatchObject({ actorName: "Root Admin" });
    expect(created?.targetUser?.email).toContain("@mfa.test");
    // A page past the end shows the last page.
    expect((await users.listAuditEntries(admin, { page: "999" })).page).toBe(page.pageCount);
    expect((await users.listAuditEntries(admin, { page: "nonsense" })).page).toBe(1);
  });
});
