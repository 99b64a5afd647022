import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { institutionalAccountSql } from "./account-scope";
import { canViewMission, visibleMissionIds, type Viewer } from "../auth/permissions";
import { periodEndingAt, type Period } from "../metrics/dates";
import { summaryHealthScore } from "../metrics/distribution";
import {
  compareQuarters,
  firstDayOfQuarter,
  lastDayOfQuarter,
  quarterCoverage,
  quarterId,
  quarterOf,
  quartersEndingWith,
  shiftQuarter,
  type Quarter,
  type QuarterCoverage,
} from "../metrics/quarters";
import { judgeEngagementTarget } from "../metrics/engagement-target";
import { orderThemesCurrentFirst } from "../metrics/theme-order";
import type { MetricSettings } from "../metrics/settings";
import { staffTimeRatios } from "../metrics/staff-time";
import { buildNarrative } from "../summaries/narrative";
import { shownScoreChange } from "../summaries/score-rounding";
import type {
  AccountStatusChange,
  DormantAccount,
  EngagementShortfall,
  MissionMovement,
  OpenReviewAction,
  QuarterKpis,
  QuarterStaffTime,
  QuarterSummary,
  ThemeCoverageRow,
} from "../summaries/types";
import { createMissionHealthLoader, getThemesForCoverage, kpisOf, type DashboardTheme, type MissionHealth } from "./dashboard";
import { getQuarterStaffTime } from "./mission-targets";
import { getMetricSettings } from "./settings";
import { getNewestActivityDay } from "./view-range";
import { toNumber } from "./sql-dialect";

const TREND_QUARTERS = 8;
const MOVERS = 5;

export interface QuarterListItem {
  quarter: Quarter;
  posts: number;
  /** The quarter is not over in the data: figures run to the newest activity. */
  toDate: boolean;
  /** The days the quarter's figures cover of its own (for its "in progress" label). */
  coverage: QuarterCoverage;
}

/** The missions a summary covers for this viewer; null when a mission was asked for that the viewer may not see. */
function scopeOf(viewer: Viewer, missionId: string | undefined): string[] | null | "all" {
  if (missionId) return canViewMission(viewer, missionId) ? [missionId] : null;
  const visible = visibleMissionIds(viewer);
  return visible === null ? "all" : visible;
}

/** The quarter as a metric period, cut at the newest activity when the data stops inside it. */
export function quarterPeriodUpTo(quarter: Quarter, newest: Date | null): { period: Period; toDate: boolean } {
  const first = firstDayOfQuarter(quarter);
  const last = lastDayOfQuarter(quarter);
  const end = newest && newest >= first && newest < last ? newest : last;
  return { period: periodEndingAt(end, Math.round((end.getTime() - first.getTime()) / 86_400_000) + 1), toDate: end < last };
}

/**
 * Quarters of the viewer's scope, newest first, with their post counts
 * (counted by month in the database): from its first quarter with a post to
 * the store's newest quarter, quarters without posts included.
 */
export async function listQuartersWithData(viewer: Viewer, options: { missionId?: string } = {}): Promise<QuarterListItem[] | null> {
  const scope = scopeOf(viewer, options.missionId);
  if (scope === null) return null;
  if (scope !== "all" && scope.length === 0) return [];
  const rows = await prisma.$queryRaw<{ month: string; posts: bigint | number }[]>(Prisma.sql`
    SELECT substr("PostDayRollup"."day", 1, 7) AS month, SUM("PostDayRollup"."posts") AS posts
    FROM "PostDayRollup" JOIN "Account" ON "Account"."id" = "PostDayRollup"."accountId"
    WHERE ${institutionalAccountSql()}
    ${scope === "all" ? Prisma.empty : Prisma.sql`AND "Account"."missionId" IN (${Prisma.join(scope)})`}
    GROUP BY month`);
  const newest = await getNewestActivityDay();
  const byQuarter = new Map<string, QuarterListItem>();
  for (const row of rows) {
    const quarter = quarterOf(new Date(`${row.month}-01T00:00:00Z`));
    const key = `${quarter.year}-${quarter.quarter}`;
    const upTo = quarterPeriodUpTo(quarter, newest);
    const item = byQuarter.get(key) ?? {
      quarter,
      posts: 0,
      toDate: upTo.toDate,
      coverage: quarterCoverage(quarter, upTo.period),
    };
    item.posts += toNumber(row.posts);
    byQuarter.set(key, item);
  }
  // A mission that fell silent is still reviewed each quarter: its list runs on to the store's newest quarter, not its own last post.
  const oldest = [...byQuarter.values()].reduce<Quarter | null>((min, item) => (!min || compareQuarters(item.quarter, min) < 0 ? item.quarter : min), null);
  if (oldest && newest) {
    for (let quarter = quarterOf(newest); compareQuarters(quarter, oldest) > 0; quarter = shiftQuarter(quarter, -1)) {
      const key = `${quarter.year}-${quarter.quarter}`;
      if (byQuarter.has(key)) continue;
      const upTo = quarterPeriodUpTo(quarter, newest);
      byQuarter.set(key, { quarter, posts: 0, toDate: upTo.toDate, coverage: quarterCoverage(quarter, upTo.period) });
    }
  }
  return [...byQuarter.values()].sort((a, b) => compareQuarters(b.quarter, a.quarter));
}

interface QuarterFigures {
  kpis: QuarterKpis;
  missions: MissionHealth[];
}

async function figuresFor(
  quarter: Quarter,
  themes: DashboardTheme[],
  newest: Date | null,
  healthIn: (period: Period) => Promise<MissionHealth[]>,
  scope: QuarterSummary["scope"]["kind"],
): Promise<QuarterFigures> {
  const { period } = quarterPeriodUpTo(quarter, newest);
  const missions = await healthIn(period);
  const kpis = kpisOf(missions, themes, period);
  return {
    missions,
    kpis: {
      quarter,
      period,
      statusCounts: kpis.statusCounts,
      posts: kpis.postsInPeriod,
      engagementShare: kpis.engagementShare,
      priorityInWindow: kpis.priorityInWindow,
      priorityCovered: kpis.priorityCovered,
      medianHealthScore: summaryHealthScore(missions, scope),
    },
  };
}

function movements(current: MissionHealth[], previous: MissionHealth[]): MissionMovement[] {
  const before = new Map(previous.map((m) => [m.id, m.health.score]));
  return current.flatMap((m) => {
    const previousScore = before.get(m.id) ?? null;
    if (m.health.score === null || previousScore === null) return [];
    // The change as the two scores are shown (one decimal): 57.7 → 57.7 is no movement, and is not ranked.
    return [{ missionId: m.id, missionName: m.name, score: m.health.score, previousScore, change: shownScoreChange(m.health.score, previousScore) ?? 0 }];
  });
}

function statusChanges(current: MissionHealth[], previous: MissionHealth[]): AccountStatusChange[] {
  const before = new Map(previous.flatMap((m) => m.accounts.map((a) => [a.id, a.activity.status] as const)));
  return current.flatMap((mission) =>
    mission.accounts.flatMap((account): AccountStatusChange[] => {
      const was = before.get(account.id);
      const now = account.activity.status;
      const change = was === "active" && now === "dormant" ? "went_dormant" : was === "dormant" && now === "active" ? "came_back" : null;
      return change
        ? [{ accountId: account.id, handle: account.handle, platform: account.platform, missionId: mission.id, missionName: mission.name, change, lastPostAt: account.lastPostAt }]
        : [];
    }),
  );
}

/** Every dormant account at the quarter's end, by mission and handle; newly dormant when it was active at the previous quarter's end. */
function dormantAccounts(current: MissionHealth[], previous: MissionHealth[]): DormantAccount[] {
  const before = new Map(previous.flatMap((m) => m.accounts.map((a) => [a.id, a.activity.status] as const)));
  return current
    .flatMap((mission) =>
      mission.accounts
        .filter((account) => account.activity.status === "dormant")
        .map((account) => ({
          accountId: account.id,
          handle: account.handle,
          platform: account.platform,
          missionId: mission.id,
          missionName: mission.name,
          lastPostAt: account.lastPostAt,
          newlyDormant: before.get(account.id) === "active",
        })),
    )
    .sort((a, b) => a.missionName.localeCompare(b.missionName) || a.handle.localeCompare(b.handle));
}

/** Missions whose engagement share in the quarter is below the share their target asks for. */
function engagementShortfalls(missions: MissionHealth[], settings: MetricSettings): EngagementShortfall[] {
  return missions.flatMap((m) => {
    const judged = judgeEngagementTarget(m.engagementTarget, m.engagementShare, settings.engagementTargetShares);
    return judged.verdict === "below" && judged.share !== null && judged.minimumShare !== null
      ? [{ missionId: m.id, missionName: m.name, share: judged.share, minimumShare: judged.minimumShare }]
      : [];
  });
}

/** Actions agreed in reviews of the scope's missions, of this quarter or before, still open: oldest review first. */
async function openReviewActions(missionIds: readonly string[] | null, quarter: Quarter): Promise<OpenReviewAction[]> {
  const rows = await prisma.reviewAction.findMany({
    where: {
      status: "open",
      // "2017-Q2" <= "2017-Q3": the quarter ids sort as text.
      review: { quarter: { lte: quarterId(quarter) }, ...(missionIds === null ? {} : { missionId: { in: [...missionIds] } }) },
    },
    select: { text: true, review: { select: { quarter: true, reviewedOn: true, missionId: true, mission: { select: { name: true } } } } },
    orderBy: [{ review: { reviewedOn: "asc" } }, { position: "asc" }],
  });
  return rows.map((row) => ({
    missionId: row.review.missionId,
    missionName: row.review.mission.name,
    quarter: row.review.quarter,
    reviewedOn: row.review.reviewedOn,
    text: row.text,
  }));
}

/**
 * Each recording mission's own output, from the quarter's mission figures
 * (same days, same institutional accounts as the staff-time total), so the
 * mission rows of the staff-time table add up to its total.
 */
function withMissionOutput(staffTime: QuarterStaffTime, missions: MissionHealth[]): QuarterStaffTime {
  const byId = new Map(missions.map((m) => [m.id, m]));
  return {
    ...staffTime,
    missions: staffTime.missions.map((row) => {
      const mission = byId.get(row.id);
      if (!mission) return row;
      const reactedPosts = mission.accounts.reduce((sum, a) => sum + a.reactions.posts, 0);
      const output = {
        posts: mission.postsInPeriod,
        engagementPosts: mission.counts.engagement,
        reactions: reactedPosts > 0 ? mission.accounts.reduce((sum, a) => sum + a.reactions.reactions, 0) : null,
      };
      return { ...row, output: { ...output, ratios: staffTimeRatios({ hours: row.hours, ...output }) } };
    }),
  };
}

/** The quarter's themes, those that ended before it last, as every coverage view lists them. */
function themeRows(missions: MissionHealth[], themes: DashboardTheme[], period: Period): ThemeCoverageRow[] {
  return orderThemesCurrentFirst(themes, period).map((theme) => {
    const entries = missions.map((m) => m.coverage.themes.find((t) => t.themeId === theme.id));
    return {
      themeId: theme.id,
      name: theme.name,
      isPriority: theme.isPriority,
      inWindow: entries.some((e) => e?.inWindow) || (entries.length === 0 && !theme.activeFrom && !theme.activeTo),
      taggedPosts: entries.reduce((sum, e) => sum + (e?.taggedPosts ?? 0), 0),
      missionsCovering: entries.filter((e) => (e?.taggedPosts ?? 0) > 0).length,
      missionsInScope: missions.length,
    };
  });
}

/**
 * The quarterly summary for a viewer: every mission for HQ and leadership,
 * or one mission (an ambassador's own, or any visible one when asked for).
 * Null when the viewer may not see the mission asked for.
 */
export async function getQuarterSummary(viewer: Viewer, quarter: Quarter, settings: MetricSettings, options: { missionId?: string; now?: Date } = {}): Promise<QuarterSummary | null> {
  const scope = scopeOf(viewer, options.missionId);
  if (scope === null) return null;
  let scopeInfo: QuarterSummary["scope"] = { kind: "ministry" };
  if (options.missionId || (scope !== "all" && scope.length === 1)) {
    const mission = scope !== "all" && scope[0] ? await prisma.mission.findUnique({ where: { id: scope[0] }, select: { id: true, name: true, slug: true } }) : null;
    if (!mission) return null;
    scopeInfo = { kind: "mission", missionId: mission.id, missionName: mission.name, missionSlug: mission.slug };
  }
  const missionIds = scope === "all" ? null : scope;
  const [themes, newest] = await Promise.all([getThemesForCoverage(), getNewestActivityDay()]);
  // The eight quarters of the trend include the previous one and the same one a year before.
  const trendQuarters = quartersEndingWith(quarter, TREND_QUARTERS);
  // Each quarter ends where the next starts: one loader reads the missions once and the nine boundaries once each.
  const healthIn = createMissionHealthLoader(missionIds, settings, themes);
  const figures: QuarterFigures[] = [];
  for (const q of trendQuarters) figures.push(await figuresFor(q, themes, newest, healthIn, scopeInfo.kind));
  const current = figures[TREND_QUARTERS - 1]!;
  const previous = figures[TREND_QUARTERS - 2]!;
  const yearBefore = figures[TREND_QUARTERS - 5]!;
  const moved = scopeInfo.kind === "ministry" ? movements(current.missions, previous.missions) : [];
  const byName = (a: MissionMovement, b: MissionMovement) => a.missionName.localeCompare(b.missionName);
  const input = {
    quarter,
    scope: scopeInfo,
    current: current.kpis,
    previous: previous.kpis,
    yearBefore: yearBefore.kpis,
    trend: figures.map((f) => f.kpis),
    mostImproved: moved.filter((m) => m.change > 0).sort((a, b) => b.change - a.change || byName(a, b)).slice(0, MOVERS),
    mostDeclined: moved.filter((m) => m.change < 0).sort((a, b) => a.change - b.change || byName(a, b)).slice(0, MOVERS),
    statusChanges: statusChanges(current.missions, previous.missions),
    themes: themeRows(current.missions, themes, current.kpis.period),
  };
  const [staffTime, openActions] = await Promise.all([getQuarterStaffTime(missionIds, quarter, current.kpis.period.endExclusive), openReviewActions(missionIds, quarter)]);
  return {
    ...input,
    narrative: buildNarrative(input),
    isDemo: current.missions.some((m) => m.isDemo),
    dormantAccounts: dormantAccounts(current.missions, previous.missions),
    engagementShortfalls: engagementShortfalls(current.missions, settings).sort((a, b) => a.missionName.localeCompare(b.missionName)),
    openActions,
    staffTime: withMissionOutput(staffTime, current.missions),
    generatedAt: options.now ?? new Date(),
  };
}

/** The missions the viewer may see, for links to their quarterly scorecards. */
export async function listSummaryMissions(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const visible = visibleMissionIds(viewer);
  return prisma.mission.findMany({ where: visible === null ? {} : { id: { in: visible } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The metric settings the summaries are computed with. */
export async function getSummarySettings(): Promise<MetricSettings> {
  return getMetricSettings(prisma);
}
