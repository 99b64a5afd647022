import type { Prisma, PrismaClient } from "@prisma/client";
import { refreshMissionThemeRollups, refreshRollups, refreshThemeRollups, type RollupScope } from "./refresh";
import { isClient, markRollupsWritten, readRollupState, UNNAMED_STATE, type RollupDb } from "./state";

export type { RollupScope } from "./refresh";

/**
 * What a writer tells the door it wrote, so that the door rewrites the
 * rollups those writes touch. Say it as you write; the rewrite runs once the
 * writes are done, in their transaction.
 */
export interface RollupWrites {
  /**
   * Posts created, changed or deleted, with their mentions and tags: of the
   * scope's accounts (all when omitted), the earliest posted at `from` (all
   * days when omitted).
   */
  posts(scope?: RollupScope): void;
  /** One theme's tags added or removed (re-tagging after a rule change, an analyst's tag), on the scope's posts. */
  themeTags(themeId: string, scope?: RollupScope): void;
  /** Accounts moved between missions or between owner types: the missions before and after. */
  accountsMoved(missionIds: Iterable<string>): void;
}

export interface RollupWriteOptions {
  /** Of the transaction the door opens when given a client (Prisma's interactive transaction options). */
  timeout?: number;
  maxWait?: number;
}

/**
 * The one door for writes to Post, PostTheme and PostMention and for moves of
 * accounts between missions or owner types (docs/rollups.md). Runs `write`
 * in a transaction (the one given, or one it opens on a client) and then, in
 * the same transaction, rewrites the rollup rows of what `write` said it
 * wrote and names a new rollup state: the rollups stay exactly what the raw
 * rows give, and no remembered read outlives the rows it was read from.
 * Nothing but this module calls the rewrites. Not server-only: the importer,
 * the demo loader and the benchmarks write through it.
 */
export async function writeWithRollups<T>(
  db: RollupDb,
  write: (tx: Prisma.TransactionClient, written: RollupWrites) => Promise<T>,
  options: RollupWriteOptions = {},
): Promise<T> {
  if (isClient(db)) return db.$transaction((tx) => writeWithRollups(tx, write), options);
  const rewrites: ((tx: Prisma.TransactionClient) => Promise<void>)[] = [];
  // A directory import names a new state even when it moved nothing, as it did before the door.
  const missionsMoved = new Set<string>();
  let accountsMoved = false;
  const written: RollupWrites = {
    posts: (scope = {}) => void rewrites.push((tx) => refreshRollups(tx, scope)),
    themeTags: (themeId, scope = {}) => void rewrites.push((tx) => refreshThemeRollups(tx, themeId, scope)),
    accountsMoved: (missionIds) => {
      accountsMoved = true;
      for (const id of missionIds) missionsMoved.add(id);
    },
  };
  const result = await write(db, written);
  for (const rewrite of rewrites) await rewrite(db);
  if (accountsMoved) await refreshMissionThemeRollups(db, [...missionsMoved]);
  return result;
}

/**
 * A store whose posts predate the rollups (upgraded by migration 0008) gets
 * them written once; a store whose rollups exist is left alone. Returns
 * whether it wrote them.
 */
export async function backfillRollups(db: PrismaClient): Promise<boolean> {
  const [post, rollup] = await Promise.all([db.post.findFirst({ select: { id: true } }), db.postDayRollup.findFirst({ select: { accountId: true } })]);
  if (!post || rollup) {
    // Rollups written before their state was named: name it, so that servers can share reads of them.
    if ((await readRollupState(db)) === UNNAMED_STATE) await markRollupsWritten(db);
    return false;
  }
  await writeWithRollups(db, async (_tx, written) => written.posts(), { timeout: 60 * 60_000, maxWait: 60_000 });
  return true;
}
