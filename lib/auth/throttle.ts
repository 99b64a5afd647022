/**
 * Slow-down and lockout after failed sign-ins, per account and per network
 * address. The state lives in the store (SignInThrottle) so that every app
 * instance applies the same limits. Every attempt is counted as a failure in
 * one statement before its password is checked (and given back when it
 * succeeds): a count read first and written after the slow hash let parallel
 * attempts overwrite each other and never lock.
 */
import { Prisma, type PrismaClient } from "@prisma/client";
import { dialectOf, toNumber } from "../data/sql-dialect";

export interface ThrottlePolicy {
  /** Failures counted within this window; older ones are forgotten. */
  windowMs: number;
  /** Failures within the window that lock the key. */
  lockAfter: number;
  lockMs: number;
  /** Extra wait per earlier failure before a sign-in attempt is answered. */
  delayPerFailureMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  lockAfter: 5,
  lockMs: 15 * 60_000,
  delayPerFailureMs: 400,
  maxDelayMs: 3_000,
};

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

/** A key's state right after this attempt was counted in it. */
export interface CountedAttempt {
  key: string;
  failures: number;
  lockedUntil: Date | null;
}

export interface ThrottleDecision {
  locked: boolean;
  /** When a locked key may try again. */
  retryAt: Date | null;
  /** How long to wait before answering this attempt. */
  delayMs: number;
}

function activeFailures(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): number {
  if (!state) return 0;
  return now.getTime() - state.firstFailureAt.getTime() > policy.windowMs ? 0 : state.failures;
}

/** Whether a key's stored state, read before an attempt, refuses it. */
export function throttleDecision(
  state: ThrottleState | null,
  now: Date,
  policy = DEFAULT_THROTTLE_POLICY,
): ThrottleDecision {
  if (state?.lockedUntil && state.lockedUntil > now) return { locked: true, retryAt: state.lockedUntil, delayMs: 0 };
  const failures = activeFailures(state, now, policy);
  return { locked: false, retryAt: null, delayMs: Math.min(policy.maxDelayMs, failures * policy.delayPerFailureMs) };
}

/**
 * Whether an attempt, once counted, may have its password checked, and after
 * what delay: the first `lockAfter` attempts of a window are checked (the last
 * of them locks when it fails); any beyond are refused unchecked, however many
 * arrive at once.
 */
export function countedAttemptDecision(
  counted: readonly CountedAttempt[],
  now: Date,
  policy = DEFAULT_THROTTLE_POLICY,
): ThrottleDecision {
  const over = counted.filter((c) => c.failures > policy.lockAfter);
  if (over.length > 0) {
    const retryAt = new Date(Math.max(...over.map((c) => c.lockedUntil?.getTime() ?? now.getTime() + policy.lockMs)));
    return { locked: true, retryAt, delayMs: 0 };
  }
  const earlier = Math.max(0, ...counted.map((c) => c.failures - 1));
  return { locked: false, retryAt: null, delayMs: Math.min(policy.maxDelayMs, earlier * policy.delayPerFailureMs) };
}

/** The latest running lock among counted keys (set when an attempt reaches the limit). */
export function lockAfterFailure(counted: readonly CountedAttempt[], now: Date): Date | null {
  const running = counted.map((c) => c.lockedUntil).filter((d): d is Date => d !== null && d > now);
  return running.length > 0 ? new Date(Math.max(...running.map((d) => d.getTime()))) : null;
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;
const T = Prisma.raw(`"SignInThrottle"`);

/**
 * Counts one attempt against every key in a single statement, so concurrent
 * attempts each see the count with all earlier ones in it. A failure older
 * than the window starts the count again; reaching the limit locks the key; a
 * running lock is kept.
 */
export async function countAttempt(
  db: Db,
  keys: readonly string[],
  now: Date,
  policy = DEFAULT_THROTTLE_POLICY,
): Promise<CountedAttempt[]> {
  const { dateTimeSql } = dialectOf(db);
  const at = dateTimeSql(now);
  const lockUntil = dateTimeSql(new Date(now.getTime() + policy.lockMs));
  const windowPassed = Prisma.sql`${T}."firstFailureAt" < ${dateTimeSql(new Date(now.getTime() - policy.windowMs))}`;
  const failuresAfter = Prisma.sql`(CASE WHEN ${windowPassed} THEN 1 ELSE ${T}."failures" + 1 END)`;
  const lockAfter = Prisma.raw(String(Math.trunc(policy.lockAfter)));
  const firstLock = policy.lockAfter <= 1 ? lockUntil : Prisma.sql`NULL`;
  const rows = await db.$queryRaw<
    { key: string; failures: bigint | number; lockedUntil: Date | string | null }[]
  >(Prisma.sql`
    INSERT INTO ${T} ("key", "failures", "firstFailureAt", "lockedUntil", "updatedAt")
    VALUES ${Prisma.join(keys.map((key) => Prisma.sql`(${key}, 1, ${at}, ${firstLock}, ${at})`))}
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${failuresAfter},
      "firstFailureAt" = CASE WHEN ${windowPassed} THEN ${at} ELSE ${T}."firstFailureAt" END,
      "lockedUntil" = CASE
        WHEN ${T}."lockedUntil" > ${at} THEN ${T}."lockedUntil"
        WHEN ${failuresAfter} >= ${lockAfter} THEN ${lockUntil}
        ELSE NULL END,
      "updatedAt" = ${at}
    RETURNING "key", "failures", "lockedUntil"`);
  return rows.map((row) => ({
    key: row.key,
    failures: toNumber(row.failures),
    lockedUntil: row.lockedUntil === null ? null : new Date(row.lockedUntil),
  }));
}

/** Gives back the failure counted for an attempt that turned out right (its lock too, if it set one). */
export async function uncountAttempt(db: Db, key: string, now: Date, policy = DEFAULT_THROTTLE_POLICY): Promise<void> {
  const lockAfter = Prisma.raw(String(Math.trunc(policy.lockAfter)));
  await db.$executeRaw(Prisma.sql`
    UPDATE ${T} SET
      "failures" = "failures" - 1,
      "lockedUntil" = CASE WHEN "failures" - 1 < ${lockAfter} THEN NULL ELSE "lockedUntil" END,
      "updatedAt" = ${dialectOf(db).dateTimeSql(now)}
    WHERE "key" = ${key} AND "failures" > 0`);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
