import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { formatIsoDay, type Period } from "../metrics/dates";
import { EMPTY_CATEGORY_COUNTS, type CategoryCounts } from "../metrics/engagement-share";
import { POST_CATEGORIES, type PostCategory } from "../metrics/post-kind";
import { queryByIdChunks } from "./id-chunks";
import { column, toNumber, weekStartOfDaySql } from "./sql-dialect";

export interface WeeklyActivityPoint extends CategoryCounts {
  /** Monday of the week, "YYYY-MM-DD". */
  week: string;
}

const isCategory = (value: string): value is PostCategory => (POST_CATEGORIES as readonly string[]).includes(value);

/**
 * Posts per ISO week and category over the period, aggregated in the
 * database. Callers pass only account ids the viewer may see; weeks without
 * posts are filled with zeros so charts keep their time axis.
 */
export async function getWeeklyActivity(accountIds: readonly string[], period: Period): Promise<WeeklyActivityPoint[]> {
  if (accountIds.length === 0) return [];
  const week = weekStartOfDaySql(column("PostDayRollup", "day"));
  // The category list lets the database seek the rollup's (account, category, day) key.
  const rows = await queryByIdChunks(accountIds, (ids) =>
    prisma.$queryRaw<{ week: string; category: string; posts: bigint | number }[]>(Prisma.sql`
      SELECT ${week} AS week, "PostDayRollup"."category" AS category, SUM("PostDayRollup"."posts") AS posts
      FROM "PostDayRollup"
      WHERE "PostDayRollup"."accountId" IN (${Prisma.join(ids)})
        AND "PostDayRollup"."category" IN (${Prisma.join([...POST_CATEGORIES])})
        AND "PostDayRollup"."day" >= ${formatIsoDay(period.start)} AND "PostDayRollup"."day" < ${formatIsoDay(period.endExclusive)}
      GROUP BY week, category`),
  );
  const byWeek = new Map<string, WeeklyActivityPoint>();
  for (const start of weekStarts(period)) byWeek.set(start, { week: start, ...EMPTY_CATEGORY_COUNTS });
  for (const row of rows) {
    const point = byWeek.get(row.week);
    if (point && isCategory(row.category)) point[row.category] += toNumber(row.posts);
  }
  return [...byWeek.values()];
}

/** Mondays of every ISO week that overlaps the period. */
export function weekStarts(period: Period): string[] {
  const day = 86_400_000;
  const first = new Date(period.start.getTime() - ((period.start.getUTCDay() + 6) % 7) * day);
  const weeks: string[] = [];
  for (let t = first.getTime(); t < period.endExclusive.getTime(); t += 7 * day) weeks.push(new Date(t).toISOString().slice(0, 10));
  return weeks;
}
