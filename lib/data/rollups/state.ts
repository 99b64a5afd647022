import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";

/** A client or a transaction: the rollups are written inside writers' transactions and read from either. */
export type RollupDb = PrismaClient | Prisma.TransactionClient;

/** Whether `db` is a client rather than a transaction, which may see writes no other connection sees yet. */
export const isClient = (db: RollupDb): db is PrismaClient => "$transaction" in db;

/**
 * The Setting row that names the rollups' current state (docs/rollups.md).
 * Every rewrite stores a new, never reused value in the same transaction (a
 * fresh value rather than an increment, so two concurrent writers can never
 * leave the same value behind for two different states), and readers key
 * what they remember across requests by it.
 */
const ROLLUP_STATE_KEY = "rollups.state";

export async function markRollupsWritten(db: RollupDb): Promise<void> {
  const value = `${Date.now()}-${randomUUID()}`;
  await db.setting.upsert({ where: { key: ROLLUP_STATE_KEY }, create: { key: ROLLUP_STATE_KEY, value }, update: { value } });
}

/** The state of a store whose rollups no rewrite has named yet (or that was restored from such a backup): not shared. */
export const UNNAMED_STATE = "none";

/** The rollups' state as the last committed rewrite named it. */
export async function readRollupState(db: RollupDb): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: ROLLUP_STATE_KEY }, select: { value: true } });
  return row?.value ?? UNNAMED_STATE;
}
