import { Prisma, type PrismaClient } from "@prisma/client";
import { formatIsoDay, startOfUtcDay } from "../metrics/dates";
import { EMPTY_CATEGORY_COUNTS, type CategoryCounts } from "../metrics/engagement-share";
import { POST_CATEGORIES } from "../metrics/post-kind";
import { activeStoreKind } from "../database-url";
import { idChunks } from "./id-chunks";
import { column, daySql, toNumber } from "./sql-dialect";

/**
 * The rollup tables (PostDayRollup, ThemeDayRollup, LinkDayRollup) hold what
 * the screens count per account and UTC day, so that a page's cost follows
 * the accounts and days it shows, not the years of posts behind them. They are
 * derived data: every write to Post, PostTheme or PostMention rewrites the
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
function totalBefore(table: string, partition: string, column: string, fromDay: string | null): Prisma.Sql {
  if (fromDay === null) return Prisma.sql`0`;
  const t = Prisma.raw(`"${table}"`);
  const p = Prisma.raw(`"${partition}"`);
  const c = Prisma.raw(`"${column}"`);
  return Prisma.sql`COALESCE((SELECT b.${c} FROM ${t} AS b WHERE b."accountId" = d."accountId" AND b.${p} = d.${p} AND b."day" < ${fromDay} ORDER BY b."day" DESC LIMIT 1), 0)`;
}

async function rewritePostDays(db: Db, c: Conditions) {
  const day = daySql(column("Post", "postedAt"));
  const reacted = Prisma.sql`("Post"."likeCount" IS NOT NULL OR "Post"."replyCount" IS NOT NULL OR "Post"."repostCount" IS NOT NULL)`;
  const running = (perDay: string, toDate: string) =>
    Prisma.sql`${totalBefore("PostDayRollup", "category", toDate, c.fromDay)} + SUM(d.${Prisma.raw(`"${perDay}"`)}) OVER (PARTITION BY d."accountId", d."category" ORDER BY d."day")`;
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

async function rewriteThemeDays(db: Db, c: Conditions, themeId: string | null) {
  const day = daySql(column("Post", "postedAt"));
  const theme = themeId === null ? Prisma.empty : Prisma.sql`AND "themeId" = ${themeId}`;
  const postTheme = themeId === null ? Prisma.empty : Prisma.sql`AND "PostTheme"."themeId" = ${themeId}`;
  await db.$executeRaw(Prisma.sql`DELETE FROM "ThemeDayRollup" WHERE ${c.rollup} ${theme}`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "ThemeDayRollup" ("accountId", "themeId", "day", "posts", "postsToDate")
    SELECT d."accountId", d."themeId", d."day", d."posts",
           ${totalBefore("ThemeDayRollup", "themeId", "postsToDate", c.fromDay)} + SUM(d."posts") OVER (PARTITION BY d."accountId", d."themeId" ORDER BY d."day")
    FROM (
      SELECT "Post"."accountId" AS "accountId", "PostTheme"."themeId" AS "themeId", ${day} AS "day", COUNT(DISTINCT "Post"."id") AS "posts"
      FROM "PostTheme" JOIN "Post" ON "Post"."id" = "PostTheme"."postId"
      WHERE ${c.posts} ${postTheme}
      GROUP BY "Post"."accountId", "PostTheme"."themeId", ${day}
    ) AS d`);
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
    await rewriteThemeDays(db, c, null);
    await rewriteLinkDays(db, c);
  }
}

/**
 * Rewrites one theme's rows after its tags changed (re-tagging after a rule
 * change, an analyst's tag), for all accounts or the scope given.
 */
export async function refreshThemeRollups(db: Db, themeId: string, scope: RollupScope = {}): Promise<void> {
  for (const ids of accountChunks(scope.accountIds)) await rewriteThemeDays(db, conditionsFor(ids, scope.from), themeId);
}

/**
 * A store whose posts predate the rollups (upgraded by migration 0008) gets
 * them written once; a store whose rollups exist is left alone. Returns
 * whether it wrote them.
 */
export async function backfillRollups(db: PrismaClient): Promise<boolean> {
  const [post, rollup] = await Promise.all([db.post.findFirst({ select: { id: true } }), db.postDayRollup.findFirst({ select: { accountId: true } })]);
  if (!post || rollup) return false;
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

/** `column IN (…)` over a JSON array of ids bound as one value: no parameter limit, one statement. */
function inIdList(qualifiedColumn: string, ids: readonly string[]): Prisma.Sql {
  const list = JSON.stringify([...new Set(ids)]);
  return activeStoreKind() === "postgresql"
    ? Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT json_array_elements_text(${list}::json))`
    : Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT value FROM json_each(${list}))`;
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

type FigureRow = { accountId: string; lastPostedAt: Date | string | null } & Record<string, number | bigint | string | Date | null>;

/**
 * Per account, its posts between two boundaries (UTC midnights) by category,
 * their known reactions, and everything up to the end: from the running
 * totals, two index look-ups per account and category however many posts lie
 * behind them. Accounts without posts are left out.
 */
export async function postFiguresBetween(db: Db, accountIds: readonly string[], start: Date, endExclusive: Date): Promise<Map<string, AccountPostFigures>> {
  const result = new Map<string, AccountPostFigures>();
  if (accountIds.length === 0) return result;
  const startDay = formatIsoDay(start);
  const endDay = formatIsoDay(endExclusive);
  // The totals before each boundary, per account and category, then the differences in the same statement.
  const rows = await db.$queryRaw<FigureRow[]>(Prisma.sql`
    SELECT t."accountId",
           ${Prisma.join(
             POST_CATEGORIES.map((c) => Prisma.sql`SUM(CASE WHEN t."category" = ${c} THEN t."endPosts" - t."startPosts" ELSE 0 END) AS ${Prisma.raw(`"${c}"`)}`),
             ", ",
           )},
           SUM(t."endReacted" - t."startReacted") AS "reactedPosts",
           SUM(t."endReactions" - t."startReactions") AS "reactions",
           SUM(t."endPosts") AS "postsToDate",
           MAX(t."lastPostedAt") AS "lastPostedAt"
    FROM (
      SELECT k."accountId", k."category",
             COALESCE(e."postsToDate", 0) AS "endPosts", COALESCE(e."reactedToDate", 0) AS "endReacted", COALESCE(e."reactionsToDate", 0) AS "endReactions",
             COALESCE(s."postsToDate", 0) AS "startPosts", COALESCE(s."reactedToDate", 0) AS "startReacted", COALESCE(s."reactionsToDate", 0) AS "startReactions",
             e."lastPostedAt"
      FROM (
        SELECT a."id" AS "accountId", c."category",
               (SELECT x."day" FROM "PostDayRollup" AS x
                WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${endDay} ORDER BY x."day" DESC LIMIT 1) AS "endDay",
               (SELECT x."day" FROM "PostDayRollup" AS x
                WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${startDay} ORDER BY x."day" DESC LIMIT 1) AS "startDay"
        FROM "Account" AS a CROSS JOIN (${valuesTable("category", POST_CATEGORIES)}) AS c
        WHERE ${inIdList(`a."id"`, accountIds)}
      ) AS k
      JOIN "PostDayRollup" AS e ON e."accountId" = k."accountId" AND e."category" = k."category" AND e."day" = k."endDay"
      LEFT JOIN "PostDayRollup" AS s ON s."accountId" = k."accountId" AND s."category" = k."category" AND s."day" = k."startDay"
    ) AS t
    GROUP BY t."accountId"`);
  for (const r of rows) {
    const counts = { ...EMPTY_CATEGORY_COUNTS };
    for (const c of POST_CATEGORIES) counts[c] = toNumber(r[c] as number | bigint);
    result.set(r.accountId, {
      counts,
      reactedPosts: toNumber(r.reactedPosts as number | bigint),
      reactions: toNumber(r.reactions as number | bigint),
      postsToDate: toNumber(r.postsToDate as number | bigint),
      lastPostAt: r.lastPostedAt === null ? null : new Date(r.lastPostedAt),
    });
  }
  return result;
}

/** All posts per mission between two boundaries (UTC midnights), summed over the given accounts' running totals. */
export async function postsPerMissionBetween(db: Db, accountIds: readonly string[], start: Date, endExclusive: Date): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const total = (boundary: string) => Prisma.sql`COALESCE((SELECT x."postsToDate" FROM "PostDayRollup" AS x
      WHERE x."accountId" = a."id" AND x."category" = c."category" AND x."day" < ${boundary}
      ORDER BY x."day" DESC LIMIT 1), 0)`;
  const rows = await db.$queryRaw<{ missionId: string; posts: number | bigint }[]>(Prisma.sql`
    SELECT a."missionId" AS "missionId", SUM(${total(formatIsoDay(endExclusive))} - ${total(formatIsoDay(start))}) AS "posts"
    FROM "Account" AS a CROSS JOIN (${valuesTable("category", POST_CATEGORIES)}) AS c
    WHERE ${inIdList(`a."id"`, accountIds)}
    GROUP BY a."missionId"`);
  return new Map(rows.flatMap((row) => (toNumber(row.posts) > 0 ? [[row.missionId, toNumber(row.posts)] as const] : [])));
}

/**
 * Distinct tagged posts per mission and theme between two boundaries (UTC
 * midnights), summed over the given accounts from the theme running totals:
 * two look-ups per account and theme. `themeIds` null means every theme.
 */
export async function taggedPostsByMissionBetween(
  db: Db,
  accountIds: readonly string[],
  themeIds: readonly string[] | null,
  start: Date,
  endExclusive: Date,
): Promise<{ missionId: string; themeId: string; posts: number }[]> {
  if (accountIds.length === 0 || (themeIds !== null && themeIds.length === 0)) return [];
  const themes = themeIds === null ? Prisma.sql`SELECT "id" AS "themeId" FROM "Theme"` : valuesTable("themeId", themeIds);
  const total = (boundary: string) => Prisma.sql`COALESCE((SELECT x."postsToDate" FROM "ThemeDayRollup" AS x
      WHERE x."accountId" = a."id" AND x."themeId" = t."themeId" AND x."day" < ${boundary}
      ORDER BY x."day" DESC LIMIT 1), 0)`;
  const rows = await db.$queryRaw<{ missionId: string; themeId: string; posts: number | bigint }[]>(Prisma.sql`
    SELECT a."missionId" AS "missionId", t."themeId" AS "themeId",
           SUM(${total(formatIsoDay(endExclusive))} - ${total(formatIsoDay(start))}) AS "posts"
    FROM "Account" AS a CROSS JOIN (${themes}) AS t
    WHERE ${inIdList(`a."id"`, accountIds)}
    GROUP BY a."missionId", t."themeId"`);
  return rows.flatMap((row) => (toNumber(row.posts) > 0 ? [{ missionId: row.missionId, themeId: row.themeId, posts: toNumber(row.posts) }] : []));
}
