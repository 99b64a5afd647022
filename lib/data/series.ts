import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { formatIsoDay, type Period } from "../metrics/dates";
import { EMPTY_CATEGORY_COUNTS, type CategoryCounts } from "../metrics/engagement-share";
import { POST_CATEGORIES, type PostCategory } from "../metrics/post-kind";
import { periodWeeks, weekStartOf } from "../metrics/weeks";
import { getRollupReader, rollupKeys } from "./rollups";
import { dialectOf, toNumber } from "./sql-dialect";

export interface WeeklyActivityPoint extends CategoryCounts {
  /** Monday of the week, "YYYY-MM-DD". */
  week: string;
  /** Days of the week inside the period: a partial first or last week is not a fall in activity. */
  days: number;
}

const isCategory = (value: string): value is PostCategory => (POST_CATEGORIES as readonly string[]).includes(value);

/**
 * Posts per ISO week and category over the period, aggregated in the
 * database. Callers pass only account ids the viewer may see; weeks without
 * posts are filled with zeros so charts keep their time axis.
 */
export async function getWeeklyActivity(accountIds: readonly string[], period: Period): Promise<WeeklyActivityPoint[]> {
  if (accountIds.length === 0) return [];
  // Summed per day in the database (a day is plain text, where a week would cost a date function per
  // row); the at most 3 × 92 day rows are then put into their weeks. The category list lets the
  // database seek the rollup's (account, category, day) key.
  const load = () => prisma.$queryRaw<{ day: string; category: string; posts: bigint | number }[]>(Prisma.sql`
    SELECT "PostDayRollup"."day" AS day, "PostDayRollup"."category" AS category, SUM("PostDayRollup"."posts") AS posts
    FROM "PostDayRollup"
    WHERE ${dialectOf(prisma).inIdListSql(`"PostDayRollup"."accountId"`, accountIds)}
      AND "PostDayRollup"."category" IN (${Prisma.join([...POST_CATEGORIES])})
      AND "PostDayRollup"."day" >= ${formatIsoDay(period.start)} AND "PostDayRollup"."day" < ${formatIsoDay(period.endExclusive)}
    GROUP BY "PostDayRollup"."day", "PostDayRollup"."category"`);
  const rows = await getRollupReader(prisma).remember(rollupKeys.weeklyActivity({ period, accountIds }), load);
  const byWeek = new Map<string, WeeklyActivityPoint>();
  for (const { week, days } of periodWeeks(period)) byWeek.set(week, { week, days, ...EMPTY_CATEGORY_COUNTS });
  for (const row of rows) {
    const point = byWeek.get(weekStartOf(row.day));
    if (point && isCategory(row.category)) point[row.category] += toNumber(row.posts);
  }
  return [...byWeek.values()];
}
