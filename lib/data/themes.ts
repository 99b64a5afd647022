import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { institutionalAccountWhere } from "./account-scope";
import { visibleMissionIds, type Viewer } from "../auth/permissions";
import { formatIsoDay, type Period } from "../metrics/dates";
import { themeCoverage, themeInWindow } from "../metrics/theme-coverage";
import { orderThemesCurrentFirst } from "../metrics/theme-order";
import { getRollupReader, rollupKeys } from "./rollups";
import { toNumber } from "./sql-dialect";

/** Where the period stands against a theme's active window. */
export type ThemeWindowState = "always" | "within" | "ended" | "notYet";

export interface ThemeSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  isPriority: boolean;
  /** Inclusive first and last day of the active window; null for open ends. */
  activeFrom: Date | null;
  activeTo: Date | null;
  /** Whether the window overlaps the period: outside it, the theme is never a gap. */
  inWindow: boolean;
  windowState: ThemeWindowState;
}

export interface ThemeOverviewRow extends ThemeSummary {
  /** Keyword rules per language, languages in alphabetical order. */
  keywordCounts: { language: string; count: number }[];
  /** Distinct posts in the period tagged with the theme (by a rule, an analyst or both). */
  taggedPosts: number;
  /** Visible missions with at least one tagged post in the period. */
  missionsCovering: number;
  missionsVisible: number;
  /** Visible missions for which this priority theme, in its window, has no tagged post. */
  gapMissions: number;
}

export interface ThemeOverview {
  period: Period;
  themes: ThemeOverviewRow[];
  missionsVisible: number;
  hasDemoData: boolean;
}

export interface ThemeMissionCoverage {
  id: string;
  slug: string;
  name: string;
  taggedPosts: number;
  postsInPeriod: number;
  /** taggedPosts / postsInPeriod; null when the mission posted nothing in the period. */
  share: number | null;
  covered: boolean;
  isGap: boolean;
}

export interface ThemeMonthlyCoverage {
  /** The 12 calendar months ending with the month of D, oldest first, as "YYYY-MM". */
  months: string[];
  /** Tagged posts of all visible missions per month (the last month ends with D). */
  totals: number[];
  /** Every visible mission with its tagged posts per month, in mission-name order. */
  missions: { id: string; name: string; counts: number[]; total: number }[];
}

export interface ThemeDetail extends ThemeSummary {
  /** Keyword rules grouped by language, languages and patterns in alphabetical order. */
  keywords: { language: string; patterns: string[] }[];
  taggedPosts: number;
  missionsCovering: number;
  missionsVisible: number;
  gapMissions: number;
  missions: ThemeMissionCoverage[];
  monthly: ThemeMonthlyCoverage;
  hasDemoData: boolean;
}

const themeSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  isPriority: true,
  activeFrom: true,
  activeTo: true,
} as const;

type ThemeRow = Prisma.ThemeGetPayload<{ select: typeof themeSelect }>;
type VisibleMission = { id: string; slug: string; name: string; isDemo: boolean };

function summarizeTheme(theme: ThemeRow, period: Period): ThemeSummary {
  const inWindow = themeInWindow(theme, period);
  let windowState: ThemeWindowState;
  if (inWindow) windowState = theme.activeFrom || theme.activeTo ? "within" : "always";
  else windowState = theme.activeTo && theme.activeTo.getTime() < period.start.getTime() ? "ended" : "notYet";
  return { ...theme, inWindow, windowState };
}

async function getVisibleMissions(viewer: Viewer): Promise<{ visible: string[] | null; missions: VisibleMission[] }> {
  const visible = visibleMissionIds(viewer);
  const missions = await prisma.mission.findMany({
    where: visible === null ? {} : { id: { in: visible } },
    select: { id: true, slug: true, name: true, isDemo: true },
    orderBy: { name: "asc" },
  });
  return { visible, missions };
}

/** The institutional accounts of the missions the viewer may see: what every theme figure counts. */
async function countedAccountIds(visible: string[] | null): Promise<string[]> {
  if (visible !== null && visible.length === 0) return [];
  const accounts = await prisma.account.findMany({
    where: { ...institutionalAccountWhere, ...(visible === null ? {} : { missionId: { in: visible } }) },
    select: { id: true },
  });
  return accounts.map((a) => a.id);
}

/** Per theme and mission: how many tagged posts, and whether it is a gap (the metric's own rule). */
function coverageByMission(
  themes: readonly ThemeRow[],
  missions: readonly VisibleMission[],
  tagged: readonly { themeId: string; missionId: string; posts: number }[],
  posts: ReadonlyMap<string, number>,
  period: Period,
) {
  const taggedByMission = new Map<string, Map<string, number>>();
  for (const row of tagged) {
    const byTheme = taggedByMission.get(row.missionId) ?? new Map<string, number>();
    byTheme.set(row.themeId, row.posts);
    taggedByMission.set(row.missionId, byTheme);
  }
  return missions.map((mission) => ({
    mission,
    postsInPeriod: posts.get(mission.id) ?? 0,
    coverage: themeCoverage(themes, taggedByMission.get(mission.id) ?? new Map(), posts.get(mission.id) ?? 0, period),
  }));
}

/** The first instant of the calendar month `monthsBack` months before the month of `day`. */
function monthStartBefore(day: Date, monthsBack: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - monthsBack, 1));
}

/** Every theme, current ones first (ended after), priority first, with its tagged posts and coverage over the missions the viewer may see. */
export async function getThemeOverview(viewer: Viewer, period: Period): Promise<ThemeOverview> {
  const [{ visible, missions }, themes, keywordCounts] = await Promise.all([
    getVisibleMissions(viewer),
    prisma.theme.findMany({ select: themeSelect, orderBy: [{ isPriority: "desc" }, { name: "asc" }] }),
    prisma.themeKeyword.groupBy({ by: ["themeId", "language"], _count: { _all: true }, orderBy: [{ themeId: "asc" }, { language: "asc" }] }),
  ]);
  const accountIds = await countedAccountIds(visible);
  const rollups = getRollupReader(prisma);
  const [tagged, posts] = await Promise.all([
    // Distinct tagged posts per theme and mission (a post tagged by a rule and an analyst counts once).
    rollups.taggedPostsByMissionBetween(missions.map((m) => m.id), null, period.start, period.endExclusive),
    rollups.postsPerMissionBetween(accountIds, period.start, period.endExclusive),
  ]);
  const perMission = coverageByMission(themes, missions, tagged, posts, period);

  const entriesByMission = perMission.map((m) => new Map(m.coverage.themes.map((entry) => [entry.themeId, entry])));
  const rows = themes.map((theme): ThemeOverviewRow => {
    const entries = entriesByMission.map((byTheme) => byTheme.get(theme.id)!);
    return {
      ...summarizeTheme(theme, period),
      keywordCounts: keywordCounts
        .filter((k) => k.themeId === theme.id)
        .map((k) => ({ language: k.language, count: k._count._all })),
      taggedPosts: entries.reduce((sum, e) => sum + e.taggedPosts, 0),
      missionsCovering: entries.filter((e) => e.covered).length,
      missionsVisible: missions.length,
      gapMissions: entries.filter((e) => e.isGap).length,
    };
  });
  return {
    period,
    themes: orderThemesCurrentFirst(rows, period),
    missionsVisible: missions.length,
    hasDemoData: missions.some((m) => m.isDemo),
  };
}

/**
 * One theme with its keyword rules, its coverage per visible mission in the
 * period and its tagged posts per mission and month over the 12 calendar
 * months ending with D. Null for an unknown theme.
 */
export async function getThemeDetail(viewer: Viewer, themeId: string, period: Period): Promise<ThemeDetail | null> {
  const theme = await prisma.theme.findUnique({
    where: { id: themeId },
    select: { ...themeSelect, keywords: { select: { language: true, pattern: true }, orderBy: [{ language: "asc" }, { pattern: "asc" }] } },
  });
  if (!theme) return null;
  const { keywords, ...themeRow } = theme;
  const { visible, missions } = await getVisibleMissions(viewer);

  const firstMonth = monthStartBefore(period.asOf, 11);
  const accountIds = await countedAccountIds(visible);
  const rollups = getRollupReader(prisma);
  const [tagged, posts, monthlyRows] = await Promise.all([
    rollups.taggedPostsByMissionBetween(missions.map((m) => m.id), [theme.id], period.start, period.endExclusive),
    rollups.postsPerMissionBetween(accountIds, period.start, period.endExclusive),
    visible !== null && visible.length === 0
      ? Promise.resolve([])
      : rollups.remember(rollupKeys.themeMonths({ themeId: theme.id, from: firstMonth, endExclusive: period.endExclusive, missionIds: visible }), () =>
          prisma.$queryRaw<{ month: string; missionId: string; posts: bigint | number }[]>(Prisma.sql`
            SELECT substr("day", 1, 7) AS month, "missionId", SUM("posts") AS posts
            FROM "ThemeDayRollup"
            WHERE "themeId" = ${theme.id} AND "day" >= ${formatIsoDay(firstMonth)} AND "day" < ${formatIsoDay(period.endExclusive)}
              ${visible === null ? Prisma.empty : Prisma.sql`AND "missionId" IN (${Prisma.join(visible)})`}
            GROUP BY month, "missionId"`),
        ),
  ]);

  const perMission = coverageByMission([themeRow], missions, tagged, posts, period).map(({ mission, postsInPeriod, coverage }) => {
    const entry = coverage.themes[0]!;
    return {
      id: mission.id,
      slug: mission.slug,
      name: mission.name,
      taggedPosts: entry.taggedPosts,
      postsInPeriod,
      share: entry.share,
      covered: entry.covered,
      isGap: entry.isGap,
    };
  });

  const months = Array.from({ length: 12 }, (_, i) => monthStartBefore(period.asOf, 11 - i).toISOString().slice(0, 7));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const countsByMission = new Map(missions.map((m) => [m.id, months.map(() => 0)]));
  for (const row of monthlyRows) {
    const i = monthIndex.get(row.month);
    const counts = countsByMission.get(row.missionId);
    if (i !== undefined && counts) counts[i]! += toNumber(row.posts);
  }
  const monthlyMissions = missions.map((m) => {
    const counts = countsByMission.get(m.id)!;
    return { id: m.id, name: m.name, counts, total: counts.reduce((a, b) => a + b, 0) };
  });

  const byLanguage = new Map<string, string[]>();
  for (const k of keywords) byLanguage.set(k.language, [...(byLanguage.get(k.language) ?? []), k.pattern]);

  return {
    ...summarizeTheme(themeRow, period),
    keywords: [...byLanguage].map(([language, patterns]) => ({ language, patterns })),
    taggedPosts: perMission.reduce((sum, m) => sum + m.taggedPosts, 0),
    missionsCovering: perMission.filter((m) => m.covered).length,
    missionsVisible: missions.length,
    gapMissions: perMission.filter((m) => m.isGap).length,
    missions: perMission,
    monthly: {
      months,
      totals: months.map((_, i) => monthlyMissions.reduce((sum, m) => sum + m.counts[i]!, 0)),
      missions: monthlyMissions,
    },
    hasDemoData: missions.some((m) => m.isDemo),
  };
}
