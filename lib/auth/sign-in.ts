import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { isStoreBusy } from "../data/store-busy";
import { writeAudit } from "./audit";
import { hashPassword, verifyPassword } from "./password";
import {
  accountKey,
  addressKey,
  countAttempt,
  countedAttemptDecision,
  DEFAULT_THROTTLE_POLICY,
  lockAfterFailure,
  throttleDecision,
  uncountAttempt,
  type ThrottlePolicy,
} from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: string;
  missionId: string | null;
  /** As read before the password was checked: an end of sessions during the check ends this one too. */
  sessionVersion: number;
}

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAt: Date }
  /** The store could not count the attempt or record the sign-in (another writer held it): try again in a moment. */
  | { ok: false; reason: "busy" };

export interface SignInOptions {
  now?: Date;
  policy?: ThrottlePolicy;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Verifying against a real hash when the account does not exist keeps the
// answer time the same, so timing does not tell which e-mail addresses exist.
let dummyHash: Promise<string> | null = null;

/**
 * Checks e-mail and password with slow-down and lockout per account and per
 * address, and records the outcome in the audit log. An attempt the store
 * cannot count or record is answered "busy", whatever the password: never
 * "wrong password" for a right one, and no guess goes uncounted.
 */
export async function signInWithPassword(
  db: PrismaClient,
  input: { email: unknown; password: unknown; address: string },
  options: SignInOptions = {},
): Promise<SignInResult> {
  try {
    return await checkPassword(db, input, options);
  } catch (error) {
    if (isStoreBusy(error)) return { ok: false, reason: "busy" };
    throw error;
  }
}

async function checkPassword(
  db: PrismaClient,
  input: { email: unknown; password: unknown; address: string },
  options: SignInOptions,
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? DEFAULT_THROTTLE_POLICY;
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), addressKey(input.address)];

  const refuseLocked = async (retryAt: Date): Promise<SignInResult> => {
    await writeAudit(db, { actorId: null, action: "sign_in_locked", details: { email }, address: input.address });
    return { ok: false, reason: "locked", retryAt };
  };

  // A locked key costs no write; the count below decides when attempts race.
  const states = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  const locked = states.map((s) => throttleDecision(s, now, policy)).find((d) => d.locked);
  if (locked?.retryAt) return refuseLocked(locked.retryAt);

  const counted = await countAttempt(db, keys, now, policy);
  const decision = countedAttemptDecision(counted, now, policy);
  if (decision.locked && decision.retryAt) return refuseLocked(decision.retryAt);
  if (decision.delayMs > 0) await (options.sleep ?? defaultSleep)(decision.delayMs);

  // The one read of a password hash: every other query gets users without it (GLOBAL_OMIT in lib/prisma-client.ts).
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  const valid =
    user?.passwordHash && user.isActive
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await dummyHash, password), false);

  if (!valid || !user) {
    await writeAudit(db, {
      actorId: user?.id ?? null,
      action: "sign_in_failed",
      targetType: "user",
      targetId: user?.id,
      details: { email, reason: user && !user.isActive ? "inactive" : "wrong_credentials" },
      address: input.address,
    });
    const lockedUntil = lockAfterFailure(counted, now);
    return lockedUntil ? { ok: false, reason: "locked", retryAt: lockedUntil } : { ok: false, reason: "invalid" };
  }

  await db.$transaction(async (tx) => {
    await tx.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
    await uncountAttempt(tx, addressKey(input.address), now, policy);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "sign_in",
      targetType: "user",
      targetId: user.id,
      address: input.address,
    });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      missionId: user.missionId,
      sessionVersion: user.sessionVersion,
    },
  };
}
