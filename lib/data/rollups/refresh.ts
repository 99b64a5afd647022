import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import { formatIsoDay, startOfUtcDay } from "../metrics/dates";
import { EMPTY_CATEGORY_COUNTS, type CategoryCounts } from "../metrics/engagement-share";
import { POST_CATEGORIES } from "../metrics/post-kind";
import { institutionalAccountSql } from "./account-scope";
import { idChunks } from "./id-chunks";
import { column, daySql, inIdListSql, toNumber } from "./sql-dialect";

/**
 * The rollup tables hold what the screens count per UTC day, so that a page's
 * cost follows the accounts and days it shows, not the years of posts behind
 * them: PostDayRollup and LinkDayRollup per account, ThemeDayRollup per
 * mission (its institutional accounts; theme figures are mission figures).
 * They are derived data: every write to Post, PostTheme or PostMention, and
 * every move of an account between missions or owner types, rewrites the
 * rollup rows it touches, in the same transaction, by recomputing them from
 * the raw rows (never by incrementing), so a rollup is always exactly what a
 * query over the posts would give. Not server-only: the demo loader and the
 * benchmark's store builder call it too.
 */
type Db = PrismaClient | Prisma.TransactionClient;

export interface RollupScope {
  /** Only these accounts (all when omitted). */
  accountIds?: readonly string[];
  /**
   * The first post time written: the rows of that UTC day and every later one
   * are rewritten (later running totals move too); all days when omitted.
   */
  from?: Date;
}

/** Handle as the link and stakeholder rules compare it: trimmed, without "@", lower case. */
export function normalizedHandleSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LOWER(LTRIM(TRIM(${value}), '@'))`;
}

interface Conditions {
  /** On "Post". */
  posts: Prisma.Sql;
  /** On a rollup table's own columns. */
  rollup: Prisma.Sql;
  /** The first day rewritten, "YYYY-MM-DD"; null for all. */
  fromDay: string | null;
}

function conditionsFor(accountIds: readonly string[] | null, from: Date | undefined): Conditions {
  const posts: Prisma.Sql[] = [];
  const rollup: Prisma.Sql[] = [];
  if (accountIds) {
    posts.push(Prisma.sql`"Post"."accountId" IN (${Prisma.join([...accountIds])})`);
    rollup.push(Prisma.sql`"accountId" IN (${Prisma.join([...accountIds])})`);
  }
  const first = from ? startOfUtcDay(from) : null;
  if (first) {
    posts.push(Prisma.sql`"Post"."postedAt" >= ${first}`);
    rollup.push(Prisma.sql`"day" >= ${formatIsoDay(first)}`);
  }
  const where = (parts: Prisma.Sql[]) => (parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, " AND "));
  return { posts: where(posts), rollup: where(rollup), fromDay: first ? formatIsoDay(first) : null };
}

/**
 * The running total of `column` on the row before the rewritten days (0 when
 * there is none), for the partition the outer row "d" belongs to.
 */
function totalBefore(table: string, owner: "accountId" | "missionId", partition: string, column: string, fromDay: string | null): Prisma.Sql {
  if (fromDay === null) return Prisma.sql`0`;
  const t = Prisma.raw(`"${table}"`);
  const o = Prisma.raw(`"${owner}"`);
  const p = Prisma.raw(`"${partition}"`);
  const c = Prisma.raw(`"${column}"`);
  return Prisma.sql`COALESCE((SELECT b.${c} FROM ${t} AS b WHERE b.${o} = d.${o} AND b.${p} = d.${p} AND b."day" < ${fromDay} ORDER BY b."day" DESC LIMIT 1), 0)`;
}

async function rewritePostDays(db: Db, c: Conditions) {
  const day = daySql(column("Post", "postedAt"));
  const reacted = Prisma.sql`("Post"."likeCount" IS NOT NULL OR "Post"."replyCount" IS NOT NULL OR "Post"."repostCount" IS NOT NULL)`;
  const running = (perDay: string, toDate: string) =>
    Prisma.sql`${totalBefore("PostDayRollup", "accountId", "category", toDate, c.fromDay)} + SUM(d.${Prisma.raw(`"${perDay}"`)}) OVER (PARTITION BY d."accountId", d."category" ORDER BY d."day")`;
  await db.$executeRaw(Prisma.sql`DELETE FROM "PostDayRollup" WHERE ${c.rollup}`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "PostDayRollup" ("accountId", "category", "day", "posts", "reactedPosts", "reactions", "lastPostedAt", "postsToDate", "reactedToDate", "reactionsToDate")
    SELECT d."accountId", d."category", d."day", d."posts", d."reactedPosts", d."reactions", d."lastPostedAt",
           ${running("posts", "postsToDate")}, ${running("reactedPosts", "reactedToDate")}, ${running("reactions", "reactionsToDate")}
    FROM (
      SELECT "Post"."accountId" AS "accountId", "Post"."category" AS "category", ${day} AS "day", COUNT(*) AS "posts",
             SUM(CASE WHEN ${reacted} THEN 1 ELSE 0 END) AS "reactedPosts",
             SUM(COALESCE("Post"."likeCount", 0) + COALESCE("Post"."replyCount", 0) + COALESCE("Post"."repostCount", 0)) AS "reactions",
             MAX("Post"."postedAt") AS "lastPostedAt"
      FROM "Post"
      WHERE ${c.posts}
      GROUP BY "Post"."accountId", "Post"."category", ${day}
    ) AS d`);
}

/**
 * Rewrites the theme rows of the given missions (all when null) from day
 * `from` on, one theme or all, from the tags of their institutional accounts'
 * posts.
 */
async function rewriteThemeDays(db: Db, missionIds: readonly string[] | null, from: Date | undefined, themeId: string | null) {
  const day = daySql(column("Post", "postedAt"));
  const first = from ? startOfUtcDay(from) : null;
  const fromDay = first ? formatIsoDay(first) : null;
  const rollup: Prisma.Sql[] = [];
  const posts: Prisma.Sql[] = [institutionalAccountSql()];
  if (missionIds) {
    rollup.push(Prisma.sql`"missionId" IN (${Prisma.join([...missionIds])})`);
    posts.push(Prisma.sql`"Account"."missionId" IN (${Prisma.join([...missionIds])})`);
  }
  if (first) {
    rollup.push(Prisma.sql`"day" >= ${fromDay}`);
    posts.push(Prisma.sql`"Post"."postedAt" >= ${first}`);
  }
  if (themeId !== null) {
    rollup.push(Prisma.sql`"themeId" = ${themeId}`);
    posts.push(Prisma.sql`"PostTheme"."themeId" = ${themeId}`);
  }
  await db.$executeRaw(Prisma.sql`DELETE FROM "ThemeDayRollup" WHERE ${rollup.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(rollup, " AND ")}`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "ThemeDayRollup" ("missionId", "themeId", "day", "posts", "postsToDate")
    SELECT d."missionId", d."themeId", d."day", d."posts",
           ${totalBefore("ThemeDayRollup", "missionId", "themeId", "postsToDate", fromDay)} + SUM(d."posts") OVER (PARTITION BY d."missionId", d."themeId" ORDER BY d."day")
    FROM (
      SELECT "Account"."missionId" AS "missionId", "PostTheme"."themeId" AS "themeId", ${day} AS "day", COUNT(DISTINCT "Post"."id") AS "posts"
      FROM "PostTheme"
      JOIN "Post" ON "Post"."id" = "PostTheme"."postId"
      JOIN "Account" ON "Account"."id" = "Post"."accountId"
      WHERE ${Prisma.join(posts, " AND ")}
      GROUP BY "Account"."missionId", "PostTheme"."themeId", ${day}
    ) AS d`);
}

/** The missions of the given accounts, whose theme rows a write to the accounts' posts touches; null (all) when no accounts are named. */
async function missionsOf(db: Db, accountIds: readonly string[] | undefined): Promise<(readonly string[] | null)[]> {
  if (accountIds === undefined) return [null];
  if (accountIds.length === 0) return [];
  const rows = await db.$queryRaw<{ missionId: string }[]>(
    Prisma.sql`SELECT DISTINCT "missionId" FROM "Account" WHERE ${inIdListSql(`"Account"."id"`, accountIds)}`,
  );
  return idChunks(rows.map((r) => r.missionId));
}

async function rewriteLinkDays(db: Db, c: Conditions) {
  const day = daySql(column("Post", "postedAt"));
  const repostOf = normalizedHandleSql(column("Post", "repostOfHandle"));
  const quoted = normalizedHandleSql(column("Post", "quotedHandle"));
  const replyTo = normalizedHandleSql(column("Post", "replyToHandle"));
  const mentioned = normalizedHandleSql(column("PostMention", "handle"));
  await db.$executeRaw(Prisma.sql`DELETE FROM "LinkDayRollup" WHERE ${c.rollup}`);
  // One type per post and handle: a repost beats a quote, a quote a reply, a reply a mention.
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "LinkDayRollup" ("accountId", "day", "handle", "type", "posts")
    SELECT "links"."accountId", "links"."day", "links"."handle", "links"."type", COUNT(DISTINCT "links"."postId")
    FROM (
      SELECT "Post"."id" AS "postId", "Post"."accountId" AS "accountId", ${day} AS "day", ${repostOf} AS "handle", 'repost' AS "type"
      FROM "Post"
      WHERE ${c.posts} AND "Post"."repostOfHandle" IS NOT NULL
      UNION ALL
      SELECT "Post"."id", "Post"."accountId", ${day}, ${quoted}, 'quote'
      FROM "Post"
      WHERE ${c.posts} AND "Post"."quotedHandle" IS NOT NULL
        AND ${quoted} <> COALESCE(${repostOf}, '')
      UNION ALL
      SELECT "Post"."id", "Post"."accountId", ${day}, ${replyTo}, 'reply'
      FROM "Post"
      WHERE ${c.posts} AND "Post"."replyToHandle" IS NOT NULL
        AND ${replyTo} <> COALESCE(${repostOf}, '') AND ${replyTo} <> COALESCE(${quoted}, '')
      UNION ALL
      SELECT "Post"."id", "Post"."accountId", ${day}, ${mentioned}, 'mention'
      FROM "Post"
      JOIN "PostMention" ON "PostMention"."postId" = "Post"."id"
      WHERE ${c.posts}
        AND ${mentioned} <> COALESCE(${repostOf}, '') AND ${mentioned} <> COALESCE(${quoted}, '') AND ${mentioned} <> COALESCE(${replyTo}, '')
    ) AS "links"
    GROUP BY "links"."accountId", "links"."day", "links"."handle", "links"."type"`);
}

function accountChunks(accountIds: readonly string[] | undefined): (readonly string[] | null)[] {
  if (accountIds === undefined) return [null];
  return idChunks([...new Set(accountIds)]);
}

/**
 * Rewrites every rollup row of the scope from the posts, their theme tags and
 * mentions. Call it inside the transaction that wrote them, with the accounts
 * written and the earliest post time written.
 */
export async function refreshRollups(db: Db, scope: RollupScope = {}): Promise<void> {
  for (const ids of accountChunks(scope.accountIds)) {
    const c = conditionsFor(ids, scope.from);
    await rewritePostDays(db, c);
    await rewriteLinkDays(db, c);
  }
  for (const missionIds of await missionsOf(db, scope.accountIds)) await rewriteThemeDays(db, missionIds, scope.from, null);
  await markRollupsWritten(db);
}

/**
 * Rewrites one theme's rows after its tags changed (re-tagging after a rule
 * change, an analyst's tag), for all accounts or the scope given.
 */
export async function refreshThemeRollups(db: Db, themeId: string, scope: RollupScope = {}): Promise<void> {
  for (const missionIds of await missionsOf(db, scope.accountIds)) await rewriteThemeDays(db, missionIds, scope.from, themeId);
  await markRollupsWritten(db);
}

/**
 * Rewrites every theme row of the given missions, for all days: call it in
 * the transaction that moved an account between missions or changed whether
 * it is institutional, with the missions before and after.
 */
export async function refreshMissionThemeRollups(db: Db, missionIds: readonly string[]): Promise<void> {
  for (const ids of idChunks([...new Set(missionIds)])) await rewriteThemeDays(db, ids, undefined, null);
  await markRollupsWritten(db);
}

/**
 * The Setting row that names the rollups' current state. Every rewrite above
 * stores a new, never reused value in the same transaction (a fresh value
 * rather than an increment, so two concurrent writers can never leave the
 * same value behind for two different states), and readers key what they
 * remember across requests by it.
 */
const ROLLUP_STATE_KEY = "rollups.state";

async function markRollupsWritten(db: Db): Promise<void> {
  const value = `${Date.now()}-${randomUUID()}`;
  await db.setting.upsert({ where: { key: ROLLUP_STATE_KEY }, create: { key: ROLLUP_STATE_KEY, value }, update: { value } });
}

/** The state of a store whose rollups no rewrite has named yet (or that was restored from such a backup): not shared. */
const UNNAMED_STATE = "none";

/** The rollups' state as the last committed rewrite named it. */
export async function readRollupState(db: Db): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: ROLLUP_STATE_KEY }, select: { value: true } });
  return row?.value ?? UNNAMED_STATE;
}

/** Reads kept per client across requests, for one rollup state at a time. */
interface RememberedReads {
  state: string;
  entries: Map<string, Promise<unknown>>;
}

/**
 * Enough for the pages a ministry's users look at in one state (a quarterly
 * summary keeps 26 values, the overview 9); the least recently used goes
 * first. At 300 missions and 1,500 accounts a value weighs from a few hundred
 * kilobytes (a boundary's totals) to a few megabytes (the network at
 * 2,000,000 posts), so this bounds the memory to a few hundred megabytes.
 */
const REMEMBERED_READS_LIMIT = 128;
const rememberedReadsByClient = new WeakMap<object, RememberedReads>();

/** Whether `db` is a client rather than a transaction, which may see writes no other connection sees yet. */
const isClient = (db: Db): db is PrismaClient => "$transaction" in db;

/**
 * Remembers `load()` under `key` for the rollup state `state`, across
 * requests of this process. Only for reads that are a function of the
 * rollup rows (or of the posts, tags and mentions behind them, which are only
 * ever written in a transaction that rewrites their rollups) and of what
 * `key` names (ids, days): any rewrite names a new state, so a remembered
 * value is exactly what reading the rows again would give. The state is read
 * before the rows, so a value is never older than the state it is kept under.
 */
function rememberAcrossRequests<T>(db: Db, state: string, key: string, load: () => Promise<T>): Promise<T> {
  if (!isClient(db) || state === UNNAMED_STATE) return load();
  let shared = rememberedReadsByClient.get(db);
  if (!shared) {
    shared = { state, entries: new Map() };
    rememberedReadsByClient.set(db, shared);
  }
  if (shared.state !== state) {
    shared.state = state;
    shared.entries.clear();
  }
  const entries = shared.entries;
  const found = entries.get(key) as Promise<T> | undefined;
  if (found) {
    // Most recently used last.
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const loading = load();
  entries.set(key, loading);
  loading.catch(() => {
    if (entries.get(key) === loading) entries.delete(key);
  });
  if (entries.size > REMEMBERED_READS_LIMIT) entries.delete(entries.keys().next().value!);
  return loading;
}

export type RememberRollupRead = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/**
 * Reads the rollup state once and returns a function that remembers reads
 * under it (see rememberAcrossRequests): for a page that derives one remembered value
 * from another, so that both belong to the same state.
 */
export async function rememberUnderRollupState(db: Db): Promise<RememberRollupRead> {
  const state = await readRollupState(db);
  return (key, load) => rememberAcrossRequests(db, state, key, load);
}

/** A read of the rollup rows or the posts alone (see rememberAcrossRequests), remembered until they are next rewritten. */
export async function readRollupsOnce<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  return (await rememberUnderRollupState(db))(key, load);
}

/** A key part for a list of ids, whatever their order. */
export const idsKey = (ids: readonly string[] | null) => (ids === null ? "*" : JSON.stringify([...new Set(ids)].sort()));

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
  await db.$transaction((tx) => refreshRollups(tx), { timeout: 60 * 60_000, maxWait: 60_000 });
  return true;
}

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
async function accountTotalsBefore(db: Db, accountIds: readonly string[], day: string): Promise<Map<string, AccountTotals>> {
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
      WHERE ${inIdListSql(`a."id"`, accountIds)}
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
async function missionPostTotalsBefore(db: Db, accountIds: readonly string[], day: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ missionId: string; posts: number | bigint }[]>(Prisma.sql`
    SELECT a."missionId" AS "missionId",
           SUM(COALESCE((SELECT x."postsToDate" FROM "PostDayRollup" AS x
                         WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${day}
                         ORDER BY x."day" DESC LIMIT 1), 0)) AS "posts"
    FROM "Account" AS a CROSS JOIN (${valuesTable("category", POST_CATEGORIES)}) AS c
    WHERE ${inIdListSql(`a."id"`, accountIds)}
    GROUP BY a."missionId"`);
  return new Map(rows.map((row) => [row.missionId, toNumber(row.posts)]));
}

/** Per mission and theme (key "missionId\0themeId"), the tagged-post totals before `day`: one look-up each. */
async function missionThemeTotalsBefore(db: Db, missionIds: readonly string[], themeIds: readonly string[] | null, day: string): Promise<Map<string, number>> {
  const themes = themeIds === null ? Prisma.sql`SELECT "id" AS "themeId" FROM "Theme"` : valuesTable("themeId", themeIds);
  const rows = await db.$queryRaw<{ missionId: string; themeId: string; posts: number | bigint | null }[]>(Prisma.sql`
    SELECT m."id" AS "missionId", t."themeId" AS "themeId",
           (SELECT x."postsToDate" FROM "ThemeDayRollup" AS x
            WHERE x."missionId" = m."id" AND x."themeId" = t."themeId" AND x."day" < ${day}
            ORDER BY x."day" DESC LIMIT 1) AS "posts"
    FROM "Mission" AS m CROSS JOIN (${themes}) AS t
    WHERE ${inIdListSql(`m."id"`, missionIds)}`);
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
 * rewritten (rememberAcrossRequests). Make one per request: it reads the rollup state
 * once, so it does not see writes committed after that.
 */
export function createRollupReader(db: Db) {
  const memo = new Map<string, Promise<unknown>>();
  let state: Promise<string> | null = null;
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let found = memo.get(key) as Promise<T> | undefined;
    if (!found) {
      state ??= readRollupState(db);
      found = state.then((current) => rememberAcrossRequests(db, current, key, load));
      memo.set(key, found);
    }
    return found;
  };
  const accountTotals = (ids: readonly string[], day: string) => once(`accounts|${day}|${idsKey(ids)}`, () => accountTotalsBefore(db, ids, day));
  const themeTotals = (missionIds: readonly string[], themeIds: readonly string[] | null, day: string) =>
    once(`themes|${day}|${idsKey(missionIds)}|${idsKey(themeIds)}`, () => missionThemeTotalsBefore(db, missionIds, themeIds, day));
  const postTotals = (ids: readonly string[], day: string) => once(`missions|${day}|${idsKey(ids)}`, () => missionPostTotalsBefore(db, ids, day));

  return {
    /**
     * Remembers `load()` under `key` for this reader's rollup state, across
     * requests (see rememberAcrossRequests): for values derived from this reader's
     * reads and from what `key` names, so that both belong to one state.
     */
    remember<T>(key: string, load: () => Promise<T>): Promise<T> {
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
      const [atEnd, atStart] = await Promise.all([accountTotals(accountIds, formatIsoDay(endExclusive)), accountTotals(accountIds, formatIsoDay(start))]);
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
      const [atEnd, atStart] = await Promise.all([postTotals(accountIds, formatIsoDay(endExclusive)), postTotals(accountIds, formatIsoDay(start))]);
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
        themeTotals(missionIds, themeIds, formatIsoDay(endExclusive)),
        themeTotals(missionIds, themeIds, formatIsoDay(start)),
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
