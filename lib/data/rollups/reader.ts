import { Prisma } from "@prisma/client";
import { formatIsoDay } from "../../metrics/dates";
import { EMPTY_CATEGORY_COUNTS, type CategoryCounts } from "../../metrics/engagement-share";
import { POST_CATEGORIES } from "../../metrics/post-kind";
import { dialectOf, toNumber } from "../sql-dialect";
import { rollupKeys, type RollupKey } from "./keys";
import { rememberAcrossRequests } from "./remember";
import { readRollupState, type RollupDb } from "./state";

/** A list of text values as a one-column derived table, the same SQL on both stores. */
function valuesTable(name: string, values: readonly string[]): Prisma.Sql {
  return Prisma.join(
    values.map((value) => Prisma.sql`SELECT CAST(${value} AS TEXT) AS ${Prisma.raw(`"${name}"`)}`),
    " UNION ALL ",
  );
}

export interface AccountPostFigures {
  /** Posts in [start, end) per category. */
  counts: CategoryCounts;
  /** Posts in [start, end) whose reactions are known, and those reactions. */
  reactedPosts: number;
  reactions: number;
  /** Everything before `end`. */
  postsToDate: number;
  lastPostAt: Date | null;
}

/** An account's running totals before a day: what a period's figures are differences of. */
interface AccountTotals {
  counts: CategoryCounts;
  reactedPosts: number;
  reactions: number;
  lastPostAt: Date | null;
}

type TotalsRow = { accountId: string; lastPostedAt: Date | string | null } & Record<string, number | bigint | string | Date | null>;

/** Per account, the running totals on its last rollup row before `day` (per category); accounts with none are left out. */
async function accountTotalsBefore(db: RollupDb, accountIds: readonly string[], day: string): Promise<Map<string, AccountTotals>> {
  const rows = await db.$queryRaw<TotalsRow[]>(Prisma.sql`
    SELECT k."accountId",
           ${Prisma.join(
             POST_CATEGORIES.map((c) => Prisma.sql`SUM(CASE WHEN k."category" = ${c} THEN r."postsToDate" ELSE 0 END) AS ${Prisma.raw(`"${c}"`)}`),
             ", ",
           )},
           SUM(r."reactedToDate") AS "reactedPosts", SUM(r."reactionsToDate") AS "reactions", MAX(r."lastPostedAt") AS "lastPostedAt"
    FROM (
      SELECT a."id" AS "accountId", c."category",
             (SELECT x."day" FROM "PostDayRollup" AS x
              WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${day} ORDER BY x."day" DESC LIMIT 1) AS "day"
      FROM "Account" AS a CROSS JOIN (${valuesTable("category", POST_CATEGORIES)}) AS c
      WHERE ${dialectOf(db).inIdListSql(`a."id"`, accountIds)}
    ) AS k
    JOIN "PostDayRollup" AS r ON r."accountId" = k."accountId" AND r."category" = k."category" AND r."day" = k."day"
    GROUP BY k."accountId"`);
  const result = new Map<string, AccountTotals>();
  for (const r of rows) {
    const counts = { ...EMPTY_CATEGORY_COUNTS };
    for (const c of POST_CATEGORIES) counts[c] = toNumber(r[c] as number | bigint);
    result.set(r.accountId, {
      counts,
      reactedPosts: toNumber(r.reactedPosts as number | bigint),
      reactions: toNumber(r.reactions as number | bigint),
      lastPostAt: r.lastPostedAt === null ? null : new Date(r.lastPostedAt),
    });
  }
  return result;
}

/**
 * Per mission, the given accounts' post totals summed before `day`. A
 * period's count is the difference of two such sums, as the sum of the
 * accounts' differences is the difference of their sums.
 */
async function missionPostTotalsBefore(db: RollupDb, accountIds: readonly string[], day: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ missionId: string; posts: number | bigint }[]>(Prisma.sql`
    SELECT a."missionId" AS "missionId",
           SUM(COALESCE((SELECT x."postsToDate" FROM "PostDayRollup" AS x
                         WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${day}
                         ORDER BY x."day" DESC LIMIT 1), 0)) AS "posts"
    FROM "Account" AS a CROSS JOIN (${valuesTable("category", POST_CATEGORIES)}) AS c
    WHERE ${dialectOf(db).inIdListSql(`a."id"`, accountIds)}
    GROUP BY a."missionId"`);
  return new Map(rows.map((row) => [row.missionId, toNumber(row.posts)]));
}

/** Per mission and theme (key "missionId\0themeId"), the tagged-post totals before `day`: one look-up each. */
async function missionThemeTotalsBefore(db: RollupDb, missionIds: readonly string[], themeIds: readonly string[] | null, day: string): Promise<Map<string, number>> {
  const themes = themeIds === null ? Prisma.sql`SELECT "id" AS "themeId" FROM "Theme"` : valuesTable("themeId", themeIds);
  const rows = await db.$queryRaw<{ missionId: string; themeId: string; posts: number | bigint | null }[]>(Prisma.sql`
    SELECT m."id" AS "missionId", t."themeId" AS "themeId",
           (SELECT x."postsToDate" FROM "ThemeDayRollup" AS x
            WHERE x."missionId" = m."id" AND x."themeId" = t."themeId" AND x."day" < ${day}
            ORDER BY x."day" DESC LIMIT 1) AS "posts"
    FROM "Mission" AS m CROSS JOIN (${themes}) AS t
    WHERE ${dialectOf(db).inIdListSql(`m."id"`, missionIds)}`);
  return new Map(rows.flatMap((row) => (row.posts === null ? [] : [[`${row.missionId}\u0000${row.themeId}`, toNumber(row.posts)] as const])));
}

const subtract = (end: number, start: number | undefined) => end - (start ?? 0);

/**
 * Reads period figures from the rollups' running totals: a period's count is
 * the total before its end minus the total before its start, two index
 * look-ups per account and category (or mission and theme) however many
 * posts lie behind them. One reader remembers the totals at each boundary it
 * has read, so pages that show adjacent periods (the overview's previous
 * period, the summary's eight quarters) read every boundary once, and the
 * process remembers boundaries across requests until the rollups are next
 * rewritten (rememberAcrossRequests). One per request (getRollupReader in
 * ./request.ts): it reads the rollup state once, so it does not see writes
 * committed after that, and everything a request shows belongs to one state.
 */
export function createRollupReader(db: RollupDb) {
  const memo = new Map<RollupKey, Promise<unknown>>();
  let state: Promise<string> | null = null;
  const once = <T>(key: RollupKey, load: () => Promise<T>): Promise<T> => {
    let found = memo.get(key) as Promise<T> | undefined;
    if (!found) {
      state ??= readRollupState(db);
      found = state.then((current) => rememberAcrossRequests(db, current, key, load));
      memo.set(key, found);
    }
    return found;
  };
  const accountTotals = (accountIds: readonly string[], before: Date) =>
    once(rollupKeys.accountTotals({ accountIds, before }), () => accountTotalsBefore(db, accountIds, formatIsoDay(before)));
  const themeTotals = (missionIds: readonly string[], themeIds: readonly string[] | null, before: Date) =>
    once(rollupKeys.themeTotals({ missionIds, themeIds, before }), () => missionThemeTotalsBefore(db, missionIds, themeIds, formatIsoDay(before)));
  const postTotals = (accountIds: readonly string[], before: Date) =>
    once(rollupKeys.missionPostTotals({ accountIds, before }), () => missionPostTotalsBefore(db, accountIds, formatIsoDay(before)));

  return {
    /**
     * The one entry point for a remembered read (docs/rollups.md): `load()`
     * under `key` for this reader's rollup state, once per reader and across
     * requests until the rollups are next rewritten (rememberAcrossRequests).
     * For reads of the rollup rows or the posts behind them, and for values
     * derived from this reader's reads, and from what `key` names, so that all
     * of a request's values belong to one state. What it returns is frozen:
     * other requests share it.
     */
    remember<T>(key: RollupKey, load: () => Promise<T>): Promise<T> {
      return once(key, load);
    },

    /**
     * Per account, its posts between two boundaries (UTC midnights) by
     * category, their known reactions, and everything up to the end.
     * Accounts without posts before the end are left out.
     */
    async postFiguresBetween(accountIds: readonly string[], start: Date, endExclusive: Date): Promise<Map<string, AccountPostFigures>> {
      const result = new Map<string, AccountPostFigures>();
      if (accountIds.length === 0) return result;
      const [atEnd, atStart] = await Promise.all([accountTotals(accountIds, endExclusive), accountTotals(accountIds, start)]);
      for (const [accountId, end] of atEnd) {
        const before = atStart.get(accountId);
        const counts = { ...EMPTY_CATEGORY_COUNTS };
        for (const c of POST_CATEGORIES) counts[c] = subtract(end.counts[c], before?.counts[c]);
        result.set(accountId, {
          counts,
          reactedPosts: subtract(end.reactedPosts, before?.reactedPosts),
          reactions: subtract(end.reactions, before?.reactions),
          postsToDate: POST_CATEGORIES.reduce((sum, c) => sum + end.counts[c], 0),
          lastPostAt: end.lastPostAt,
        });
      }
      return result;
    },

    /** All posts per mission between two boundaries (UTC midnights), over the given accounts. Missions without any are left out. */
    async postsPerMissionBetween(accountIds: readonly string[], start: Date, endExclusive: Date): Promise<Map<string, number>> {
      if (accountIds.length === 0) return new Map();
      const [atEnd, atStart] = await Promise.all([postTotals(accountIds, endExclusive), postTotals(accountIds, start)]);
      const result = new Map<string, number>();
      for (const [missionId, end] of atEnd) {
        const posts = subtract(end, atStart.get(missionId));
        if (posts > 0) result.set(missionId, posts);
      }
      return result;
    },

    /**
     * Distinct tagged posts of the given missions' institutional accounts per
     * mission and theme between two boundaries (UTC midnights). `themeIds`
     * null means every theme. Missions and themes without any are left out.
     */
    async taggedPostsByMissionBetween(
      missionIds: readonly string[],
      themeIds: readonly string[] | null,
      start: Date,
      endExclusive: Date,
    ): Promise<{ missionId: string; themeId: string; posts: number }[]> {
      if (missionIds.length === 0 || (themeIds !== null && themeIds.length === 0)) return [];
      const [atEnd, atStart] = await Promise.all([
        themeTotals(missionIds, themeIds, endExclusive),
        themeTotals(missionIds, themeIds, start),
      ]);
      return [...atEnd].flatMap(([key, end]) => {
        const posts = subtract(end, atStart.get(key));
        const [missionId, themeId] = key.split("\u0000") as [string, string];
        return posts > 0 ? [{ missionId, themeId, posts }] : [];
      });
    },
  };
}

export type RollupReader = ReturnType<typeof createRollupReader>;
