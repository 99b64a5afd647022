import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma } from "../db";
import { AppError, fieldErrorsFrom } from "../errors";
import { writeAudit } from "../auth/audit";
import { hashPassword, passwordSchema } from "../auth/password";
import { can, type Permission, type Role, type Viewer } from "../auth/permissions";
import { auditPageSchema, createUserSchema, updateUserSchema, userIdSchema, type CreateUserInput, type UpdateUserInput } from "../validations/users";

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  missionId: string | null;
  missionName: string | null;
  isActive: boolean;
  isDemo: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export interface MissionOption {
  id: string;
  name: string;
}

export interface AuditListItem {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** The target user when the target is a user that still exists. */
  targetUser: { name: string; email: string } | null;
  address: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditListItem[];
  page: number;
  pageCount: number;
  total: number;
}

export const AUDIT_PAGE_SIZE = 50;

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  missionId: true,
  isActive: true,
  isDemo: true,
  lastSignInAt: true,
  createdAt: true,
  mission: { select: { name: true } },
} satisfies Prisma.UserSelect;

function require(viewer: Viewer, permission: Permission): void {
  if (!can(viewer, permission)) throw new AppError("forbidden");
}

/** Refusals carry catalog codes in their field errors (admin.errors.*). */
function invalid(error: z.ZodError): AppError {
  return new AppError("invalid", { fieldErrors: fieldErrorsFrom(error) });
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

type Tx = Prisma.TransactionClient;

async function assertMissionExists(tx: Tx, missionId: string | null) {
  if (missionId && !(await tx.mission.findUnique({ where: { id: missionId }, select: { id: true } }))) {
    throw new AppError("invalid", { fieldErrors: { missionId: ["mission_unknown"] } });
  }
}

/** Another active administrator must remain when `userId` stops being one. */
async function assertNotLastAdmin(tx: Tx, userId: string, field: string) {
  const others = await tx.user.count({ where: { role: "admin", isActive: true, id: { not: userId } } });
  if (others === 0) throw new AppError("conflict", { fieldErrors: { [field]: ["last_admin"] } });
}

export async function listUsers(viewer: Viewer): Promise<UserListItem[]> {
  require(viewer, "manage:users");
  const users = await prisma.user.findMany({ select: userSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return users.map(({ mission, ...user }) => ({ ...user, role: user.role as Role, missionName: mission?.name ?? null }));
}

/** Every mission, for the mission select of the user forms. */
export async function listMissionOptions(viewer: Viewer): Promise<MissionOption[]> {
  require(viewer, "manage:users");
  return prisma.mission.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function createUser(viewer: Viewer, input: CreateUserInput): Promise<{ id: string; email: string }> {
  require(viewer, "manage:users");
  const data = parse(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    await assertMissionExists(tx, data.missionId);
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError("conflict", { fieldErrors: { email: ["email_taken"] } });
    }
    const created = await tx.user.create({
      data: { name: data.name, email: data.email, role: data.role, missionId: data.missionId, passwordHash },
      select: { id: true, email: true, role: true, missionId: true },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "user_created",
      targetType: "user",
      targetId: created.id,
      details: { email: created.email, role: created.role, missionId: created.missionId },
    });
    return { id: created.id, email: created.email };
  });
}

export async function updateUser(viewer: Viewer, id: string, input: UpdateUserInput): Promise<{ changed: boolean }> {
  require(viewer, "manage:users");
  const userId = parse(userIdSchema, id);
  const data = parse(updateUserSchema, input);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, missionId: true, isActive: true } });
    if (!user) throw new AppError("not_found");
    const roleChanged = user.role !== data.role || user.missionId !== data.missionId;
    const nameChanged = user.name !== data.name;
    if (!roleChanged && !nameChanged) return { changed: false };
    if (user.role === "admin" && data.role !== "admin") {
      if (user.id === viewer.userId) throw new AppError("conflict", { fieldErrors: { role: ["self_demote"] } });
      if (user.isActive) await assertNotLastAdmin(tx, user.id, "role");
    }
    await assertMissionExists(tx, data.missionId);
    await tx.user.update({
      where: { id: user.id },
      // A session carries what its holder may see: after a new role or mission it must be signed in again.
      data: { name: data.name, role: data.role, missionId: data.missionId, ...(roleChanged && { sessionVersion: { increment: 1 } }) },
    });
    if (nameChanged) {
      await writeAudit(tx, { actorId: viewer.userId, action: "user_updated", targetType: "user", targetId: user.id, details: { name: { from: user.name, to: data.name } } });
    }
    if (roleChanged) {
      await writeAudit(tx, {
        actorId: viewer.userId,
        action: "role_changed",
        targetType: "user",
        targetId: user.id,
        details: { from: { role: user.role, missionId: user.missionId }, to: { role: data.role, missionId: data.missionId } },
      });
    }
    return { changed: true };
  });
}

export async function setUserActive(viewer: Viewer, id: string, active: boolean): Promise<{ changed: boolean }> {
  require(viewer, "manage:users");
  const userId = parse(userIdSchema, id);
  const isActive = parse(z.boolean(), active);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, isActive: true } });
    if (!user) throw new AppError("not_found");
    if (user.isActive === isActive) return { changed: false };
    if (!isActive) {
      if (user.id === viewer.userId) throw new AppError("conflict", { fieldErrors: { form: ["self_deactivate"] } });
      if (user.role === "admin") await assertNotLastAdmin(tx, user.id, "form");
    }
    // Reactivating must not bring back the sessions the deactivation ended.
    await tx.user.update({ where: { id: user.id }, data: { isActive, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: viewer.userId, action: isActive ? "user_reactivated" : "user_deactivated", targetType: "user", targetId: user.id });
    return { changed: true };
  });
}

export async function resetPassword(viewer: Viewer, id: string, newPassword: string): Promise<void> {
  require(viewer, "manage:users");
  const userId = parse(userIdSchema, id);
  const password = parse(z.object({ password: passwordSchema }), { password: newPassword }).password;
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("not_found");
    // Whoever knew the old password may be signed in with it: those sessions end with it.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: viewer.userId, action: "password_reset", targetType: "user", targetId: user.id });
  });
}

/** Signs the user out everywhere: every session signed in before this no longer opens anything. */
export async function endUserSessions(viewer: Viewer, id: string): Promise<void> {
  require(viewer, "manage:users");
  const userId = parse(userIdSchema, id);
  await prisma.$transaction(async (tx) => {
    // One increment in the database, so simultaneous ends never overwrite each other.
    const ended = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (ended.count === 0) throw new AppError("not_found");
    await writeAudit(tx, { actorId: viewer.userId, action: "sessions_ended", targetType: "user", targetId: userId });
  });
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The audit log, newest first, one page at a time. */
export async function listAuditEntries(viewer: Viewer, options: { page?: unknown } = {}): Promise<AuditPage> {
  require(viewer, "view:audit");
  const total = await prisma.auditEntry.count();
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(auditPageSchema.parse(options.page), pageCount);
  const entries = await prisma.auditEntry.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, action: true, targetType: true, targetId: true, address: true, details: true, actor: { select: { name: true } } },
  });
  const targetIds = [...new Set(entries.filter((e) => e.targetType === "user" && e.targetId).map((e) => e.targetId!))];
  const targets = targetIds.length
    ? await prisma.user.findMany({ where: { id: { in: targetIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(targets.map((u) => [u.id, { name: u.name, email: u.email }]));
  return {
    total,
    page,
    pageCount,
    items: entries.map(({ actor, details, ...entry }) => ({
      ...entry,
      actorName: actor?.name ?? null,
      targetUser: entry.targetId ? (byId.get(entry.targetId) ?? null) : null,
      details: parseDetails(details),
    })),
  };
}
