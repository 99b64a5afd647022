import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { institutionalAccountSql } from "./account-scope";
import { canViewMission, visibleMissionIds, type Viewer } from "../auth/permissions";
import type { Period } from "../metrics/dates";
import type { EngagementTarget } from "../metrics/engagement-target";
import { languageShares, noHostVernacular, parseHostLanguages, type LanguageCount, type LanguageShares } from "../metrics/languages";
import { firstDayOfQuarter, quarterOf, quartersEndingWith, type Quarter } from "../metrics/quarters";
import { engagementTargetSchema } from "../validations/domain";
import { quarterPeriodUpTo } from "./summaries";
import { column, dialectOf, toNumber } from "./sql-dialect";

/** Quarters in a mission's language trend, the as-of date's own quarter last. */
export const LANGUAGE_TREND_QUARTERS = 4;

/** What the languages figures count: a mission's own words, not what it reposts. */
export const OWN_POST_CATEGORIES = ["engagement", "broadcast"] as const;

const MISSION_SELECT = {
  id: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  hostLanguages: true,
  engagementTarget: true,
  isDemo: true,
} satisfies Prisma.MissionSelect;

type MissionRow = Prisma.MissionGetPayload<{ select: typeof MISSION_SELECT }>;

export interface MissionLanguages {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
  isDemo: boolean;
  hostLanguages: string[];
  engagementTarget: EngagementTarget;
  shares: LanguageShares;
  /** Set to engage locally, posted in a known language, never in a host language. */
  noHostVernacular: boolean;
}

export interface LanguageTrendQuarter {
  quarter: Quarter;
  /** The quarter as a period, cut at the as-of date (its posts' link uses it). */
  period: Period;
  toDate: boolean;
  shares: LanguageShares;
}

export interface MissionLanguageDetail extends MissionLanguages {
  trend: LanguageTrendQuarter[];
}

const ownPostsSql = Prisma.sql`"Post"."category" IN (${Prisma.join([...OWN_POST_CATEGORIES])})`;

/** Own posts per mission and stored language spelling in the period, counted in the database. */
async function languageCounts(missionIds: readonly string[], period: Period): Promise<Map<string, LanguageCount[]>> {
  const result = new Map<string, LanguageCount[]>();
  if (missionIds.length === 0) return result;
  const rows = await prisma.$queryRaw<{ missionId: string; language: string | null; posts: bigint | number }[]>(Prisma.sql`
    SELECT "Account"."missionId" AS "missionId", "Post"."language" AS "language", COUNT(*) AS "posts"
    FROM "Post"
    JOIN "Account" ON "Account"."id" = "Post"."accountId"
    WHERE "Account"."missionId" IN (${Prisma.join([...missionIds])}) AND ${institutionalAccountSql()}
      AND "Post"."postedAt" >= ${period.start} AND "Post"."postedAt" < ${period.endExclusive}
      AND ${ownPostsSql}
    GROUP BY 1, 2`);
  for (const row of rows) {
    const list = result.get(row.missionId) ?? [];
    list.push({ language: row.language, posts: toNumber(row.posts) });
    result.set(row.missionId, list);
  }
  return result;
}

function toMissionLanguages(mission: MissionRow, counts: readonly LanguageCount[], ministryLanguage: string): MissionLanguages {
  const hostLanguages = parseHostLanguages(mission.hostLanguages);
  const engagementTarget = engagementTargetSchema.catch("engage").parse(mission.engagementTarget);
  const shares = languageShares(counts, { hostLanguages, ministryLanguage });
  return {
    id: mission.id,
    name: mission.name,
    kind: mission.kind,
    country: mission.country,
    city: mission.city,
    isDemo: mission.isDemo,
    hostLanguages,
    engagementTarget,
    shares,
    noHostVernacular: noHostVernacular({ kind: mission.kind, engagementTarget, hostLanguages }, shares),
  };
}

/** Every mission the viewer may see (an ambassador: their own), by name, with its own posts' language shares in the period. */
export async function getLanguagesOverview(viewer: Viewer, period: Period, ministryLanguage: string): Promise<MissionLanguages[]> {
  const visible = visibleMissionIds(viewer);
  const missions = await prisma.mission.findMany({ where: visible ? { id: { in: visible } } : {}, select: MISSION_SELECT });
  // By name, the same on both stores (their collations differ).
  missions.sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  const counts = await languageCounts(missions.map((m) => m.id), period);
  return missions.map((m) => toMissionLanguages(m, counts.get(m.id) ?? [], ministryLanguage));
}

/**
 * One mission's shares in the period and per quarter for the last
 * LANGUAGE_TREND_QUARTERS quarters up to the as-of date (the last one cut
 * there, as the quarterly summary cuts it); null when the mission does not
 * exist or the viewer may not see it.
 */
export async function getMissionLanguages(viewer: Viewer, missionId: string, period: Period, ministryLanguage: string): Promise<MissionLanguageDetail | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const mission = await prisma.mission.findUnique({ where: { id: missionId }, select: MISSION_SELECT });
  if (!mission) return null;
  const quarters = quartersEndingWith(quarterOf(period.asOf), LANGUAGE_TREND_QUARTERS);
  const postedAt = column("Post", "postedAt");
  const [counts, monthly] = await Promise.all([
    languageCounts([mission.id], period),
    prisma.$queryRaw<{ month: string; language: string | null; posts: bigint | number }[]>(Prisma.sql`
      SELECT ${dialectOf(prisma).monthSql(postedAt)} AS "month", "Post"."language" AS "language", COUNT(*) AS "posts"
      FROM "Post"
      JOIN "Account" ON "Account"."id" = "Post"."accountId"
      WHERE "Account"."missionId" = ${mission.id} AND ${institutionalAccountSql()}
        AND "Post"."postedAt" >= ${firstDayOfQuarter(quarters[0]!)} AND "Post"."postedAt" < ${period.endExclusive}
        AND ${ownPostsSql}
      GROUP BY 1, 2`),
  ]);
  const byQuarter = new Map<string, LanguageCount[]>();
  for (const row of monthly) {
    const q = quarterOf(new Date(`${row.month}-01T00:00:00Z`));
    const key = `${q.year}-${q.quarter}`;
    const list = byQuarter.get(key) ?? [];
    list.push({ language: row.language, posts: toNumber(row.posts) });
    byQuarter.set(key, list);
  }
  const base = toMissionLanguages(mission, counts.get(mission.id) ?? [], ministryLanguage);
  const trend = quarters.map((quarter): LanguageTrendQuarter => {
    const { period: quarterPeriod, toDate } = quarterPeriodUpTo(quarter, period.asOf);
    const shares = languageShares(byQuarter.get(`${quarter.year}-${quarter.quarter}`) ?? [], { hostLanguages: base.hostLanguages, ministryLanguage });
    return { quarter, period: quarterPeriod, toDate, shares };
  });
  return { ...base, trend };
}
