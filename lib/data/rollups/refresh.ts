import { Prisma } from "@prisma/client";
import { formatIsoDay, startOfUtcDay } from "../../metrics/dates";
import { institutionalAccountSql } from "../account-scope";
import { normalizedHandleSql } from "../handle-sql";
import { idChunks } from "../id-chunks";
import { column, dialectOf } from "../sql-dialect";
import { markRollupsWritten, type RollupDb } from "./state";

/**
 * The rollup tables hold what the screens count per UTC day, so that a page's
 * cost follows the accounts and days it shows, not the years of posts behind
 * them: PostDayRollup and LinkDayRollup per account, ThemeDayRollup per
 * mission (its institutional accounts; theme figures are mission figures).
 * They are derived data: every write to Post, PostTheme or PostMention, and
 * every move of an account between missions or owner types, rewrites the
 * rollup rows it touches, in the same transaction, by recomputing them from
 * the raw rows (never by incrementing), so a rollup is always exactly what a
 * query over the posts would give (docs/rollups.md).
 *
 * Writers do not call these: they write through writeWithRollups
 * (./write.ts), which calls them for what they wrote. Not server-only: the
 * importer, the demo loader and the benchmark's store builder write posts.
 */

export interface RollupScope {
  /** Only these accounts (all when omitted). */
  accountIds?: readonly string[];
  /**
   * The first post time written: the rows of that UTC day and every later one
   * are rewritten (later running totals move too); all days when omitted.
   */
  from?: Date;
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

async function rewritePostDays(db: RollupDb, c: Conditions) {
  const day = dialectOf(db).daySql(column("Post", "postedAt"));
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
async function rewriteThemeDays(db: RollupDb, missionIds: readonly string[] | null, from: Date | undefined, themeId: string | null) {
  const day = dialectOf(db).daySql(column("Post", "postedAt"));
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
async function missionsOf(db: RollupDb, accountIds: readonly string[] | undefined): Promise<(readonly string[] | null)[]> {
  if (accountIds === undefined) return [null];
  if (accountIds.length === 0) return [];
  const rows = await db.$queryRaw<{ missionId: string }[]>(
    Prisma.sql`SELECT DISTINCT "missionId" FROM "Account" WHERE ${dialectOf(db).inIdListSql(`"Account"."id"`, accountIds)}`,
  );
  return idChunks(rows.map((r) => r.missionId));
}

async function rewriteLinkDays(db: RollupDb, c: Conditions) {
  const day = dialectOf(db).daySql(column("Post", "postedAt"));
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
export async function refreshRollups(db: RollupDb, scope: RollupScope = {}): Promise<void> {
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
export async function refreshThemeRollups(db: RollupDb, themeId: string, scope: RollupScope = {}): Promise<void> {
  for (const missionIds of await missionsOf(db, scope.accountIds)) await rewriteThemeDays(db, missionIds, scope.from, themeId);
  await markRollupsWritten(db);
}

/**
 * Rewrites every theme row of the given missions, for all days: call it in
 * the transaction that moved an account between missions or changed whether
 * it is institutional, with the missions before and after.
 */
export async function refreshMissionThemeRollups(db: RollupDb, missionIds: readonly string[]): Promise<void> {
  for (const ids of idChunks([...new Set(missionIds)])) await rewriteThemeDays(db, ids, undefined, null);
  await markRollupsWritten(db);
}

