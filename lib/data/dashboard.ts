import "server-only";
import { prisma } from "../db";
import { canViewMission, visibleMissionIds, type Viewer } from "../auth/permissions";
import { countByStatus, type StatusCounts } from "../metrics/activity-status";
import { previousPeriod, type Period } from "../metrics/dates";
import { isActivePeer, peerFigures, peerPosition, quartiles, type PeerFigures, type PeerPosition } from "../metrics/distribution";
import { addCategoryCounts, EMPTY_CATEGORY_COUNTS, engagementShare, totalPosts, type CategoryCounts } from "../metrics/engagement-share";
import { HEALTH_COMPONENTS, healthScore, type HealthComponentKey, type HealthScore } from "../metrics/health-score";
import { missionHealthComponents } from "../metrics/mission-health";
import { deriveNextSteps, type NextStep } from "../metrics/next-steps";
import { hqActions, type HqAction } from "../metrics/hq-actions";
import { judgeEngagementTarget, type TargetJudgement } from "../metrics/engagement-target";
import { engagementTargetSchema } from "../validations/domain";
import { responseReceived } from "../metrics/response";
import type { MetricSettings } from "../metrics/settings";
import { themeCoverage, type ThemeCoverage, type ThemeForCoverage } from "../metrics/theme-coverage";
import { accountFiguresOf, readAccountRecords, type AccountFigures, type AccountRecord } from "./account-figures";
import { summarizeMission, type MissionSummary } from "./missions";
import { getWeeklyActivity, type WeeklyActivityPoint } from "./series";
import { fingerprintOf, getRollupReader, rollupKeys, type RollupReader } from "./rollups";
import { institutionalAccountWhere } from "./account-scope";

export interface DashboardTheme extends ThemeForCoverage {
  name: string;
  slug: string;
}

export interface MissionHealth extends MissionSummary {
  coverage: ThemeCoverage;
  /** Reactions per post over the posts whose reactions are known. */
  reactionsPerPost: number | null;
  health: HealthScore;
}

export interface Kpis {
  statusCounts: StatusCounts;
  postsInPeriod: number;
  counts: CategoryCounts;
  engagementShare: number | null;
  priorityInWindow: number;
  priorityCovered: number;
}

type MissionRecord = Pick<MissionSummary, "id" | "slug" | "name" | "kind" | "country" | "city" | "region" | "isDemo" | "engagementTarget"> & {
  accounts: { id: string }[];
};

/** Themes, priority ones first, as every coverage view orders them. */
export async function getThemesForCoverage(): Promise<DashboardTheme[]> {
  return prisma.theme.findMany({
    select: { id: true, name: true, slug: true, isPriority: true, activeFrom: true, activeTo: true },
    orderBy: [{ isPriority: "desc" }, { name: "asc" }],
  });
}

/** Distinct tagged posts per mission and theme in the period, from the missions' theme rollups (institutional accounts). */
async function getTaggedPostsByMission(rollups: RollupReader, missionIds: readonly string[], period: Period): Promise<Map<string, Map<string, number>>> {
  const rows = await rollups.taggedPostsByMissionBetween(missionIds, null, period.start, period.endExclusive);
  const result = new Map<string, Map<string, number>>();
  for (const row of rows) result.set(row.missionId, (result.get(row.missionId) ?? new Map<string, number>()).set(row.themeId, row.posts));
  return result;
}

/**
 * Health of the given missions (all when `missionIds` is null) for any
 * number of periods: figures, theme coverage, response and score. The
 * missions and their accounts are read once, on the first call; calls for
 * adjacent periods share their boundaries through the rollup reader. Not
 * scoped to a viewer: callers either pass visible ids or keep only anonymous
 * aggregates. One loader per request, like the reader.
 */
export function createMissionHealthLoader(
  missionIds: readonly string[] | null,
  settings: MetricSettings,
  themes: readonly DashboardTheme[],
  rollups: RollupReader = getRollupReader(prisma),
): (period: Period) => Promise<MissionHealth[]> {
  let records: Promise<{ missions: MissionRecord[]; accounts: AccountRecord[]; fingerprint: string }> | null = null;
  const readRecords = async () => {
    const rows = await prisma.mission.findMany({
      where: missionIds === null ? {} : { id: { in: [...missionIds] } },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        country: true,
        city: true,
        region: true,
        isDemo: true,
        engagementTarget: true,
        accounts: { where: institutionalAccountWhere, select: { id: true } },
      },
      orderBy: { name: "asc" },
    });
    // Stored as text; an unknown value (never written by Chancery) is read as the default.
    const missions: MissionRecord[] = rows.map((row) => ({ ...row, engagementTarget: engagementTargetSchema.catch("engage").parse(row.engagementTarget) }));
    const accounts = await readAccountRecords(prisma, missions.flatMap((m) => m.accounts.map((a) => a.id)));
    // Everything the figures follow from besides the rollups: a result is remembered under it.
    const fingerprint = fingerprintOf([missions, accounts, settings, themes]);
    return { missions, accounts, fingerprint };
  };

  return async (period) => {
    records ??= readRecords();
    const { missions, accounts, fingerprint } = await records;
    // Shared by the requests that ask for the same figures until the rollups are rewritten (and frozen by remember).
    return rollups.remember(rollupKeys.missionHealth({ period, fingerprint }), () => missionHealthIn(period, missions, accounts, settings, themes, rollups));
  };
}

async function missionHealthIn(
  period: Period,
  missions: readonly MissionRecord[],
  accounts: readonly AccountRecord[],
  settings: MetricSettings,
  themes: readonly DashboardTheme[],
  rollups: RollupReader,
): Promise<MissionHealth[]> {
  const [totals, tagged] = await Promise.all([
    rollups.postFiguresBetween(accounts.map((a) => a.id), period.start, period.endExclusive),
    getTaggedPostsByMission(rollups, missions.map((m) => m.id), period),
  ]);
  const figuresByMission = new Map<string, AccountFigures[]>();
  for (const f of accountFiguresOf(accounts, totals, period, settings)) {
    const list = figuresByMission.get(f.missionId);
    if (list) list.push(f);
    else figuresByMission.set(f.missionId, [f]);
  }

  return missions.map((mission): MissionHealth => {
    const own = figuresByMission.get(mission.id) ?? [];
    const summary = summarizeMission(mission, own);
    const coverage = themeCoverage(themes, tagged.get(mission.id) ?? new Map(), summary.postsInPeriod, period);
    const known = own.reduce((sum, f) => ({ reactions: sum.reactions + f.reactions.reactions, posts: sum.posts + f.reactions.posts }), { reactions: 0, posts: 0 });
    const reactionsPerPost = responseReceived(known).perPost;
    const components = missionHealthComponents(
      {
        postsPerAccount: summary.accounts.map((a) => a.postsInPeriod),
        periodDays: period.days,
        engagementShare: summary.engagementShare,
        priorityCoverage: coverage.priorityCoverage,
        reactionsPerPost,
      },
      settings,
    );
    // Adding to the summary's object rather than spreading it into a new one: spreads are slow in V8 at this width.
    return Object.assign(summary, { coverage, reactionsPerPost, health: healthScore(components, settings.healthWeights) });
  });
}

/** Health of the given missions in one period (see createMissionHealthLoader). */
export function loadMissionHealth(
  missionIds: readonly string[] | null,
  period: Period,
  settings: MetricSettings,
  themes: readonly DashboardTheme[],
  rollups: RollupReader = getRollupReader(prisma),
): Promise<MissionHealth[]> {
  return createMissionHealthLoader(missionIds, settings, themes, rollups)(period);
}

export function kpisOf(missions: readonly MissionHealth[], themes: readonly DashboardTheme[], period: Period): Kpis {
  const counts = missions.reduce((sum, m) => addCategoryCounts(sum, m.counts), { ...EMPTY_CATEGORY_COUNTS });
  const taggedByTheme = new Map<string, number>();
  for (const m of missions) for (const t of m.coverage.themes) taggedByTheme.set(t.themeId, (taggedByTheme.get(t.themeId) ?? 0) + t.taggedPosts);
  const ministryCoverage = themeCoverage(themes, taggedByTheme, totalPosts(counts), period);
  return {
    statusCounts: countByStatus(missions.flatMap((m) => m.accounts.map((a) => a.activity))),
    postsInPeriod: totalPosts(counts),
    counts,
    engagementShare: engagementShare(counts),
    priorityInWindow: ministryCoverage.priorityInWindow,
    priorityCovered: ministryCoverage.priorityCovered,
  };
}

export interface Dashboard {
  period: Period;
  previous: Period;
  kpis: Kpis;
  previousKpis: Kpis;
  themes: DashboardTheme[];
  missions: MissionHealth[];
  weekly: WeeklyActivityPoint[];
  /** Median engagement share of the missions shown that posted in the period. */
  medianEngagementShare: number | null;
  /** The accounts that need HQ now (see hqActions). */
  actions: HqAction[];
  hasDemoData: boolean;
}

/** The HQ action list of the given missions' accounts as of the period's end. */
export function actionsOf(missions: readonly MissionHealth[], period: Period, settings: MetricSettings): HqAction[] {
  return hqActions(
    missions.flatMap((m) =>
      m.accounts.map((a) => ({
        accountId: a.id,
        handle: a.handle,
        platform: a.platform,
        missionId: m.id,
        missionName: m.name,
        status: a.activity.status,
        daysSinceLastPost: a.activity.daysSinceLastPost,
        lastPostAt: a.lastPostAt,
        isPrivate: a.isPrivate,
        declaredUseMismatch: a.declaredUseMismatch,
        engagementShare: a.engagementShare,
      })),
    ),
    period.asOf,
    settings.dormancyThresholdDays,
  );
}

/** Everything the HQ overview shows, for the missions the viewer may see. */
export async function getDashboard(viewer: Viewer, period: Period, settings: MetricSettings): Promise<Dashboard> {
  const visible = visibleMissionIds(viewer);
  const themes = await getThemesForCoverage();
  const previous = previousPeriod(period);
  // The previous period ends where this one starts: one loader reads the missions and that boundary once.
  const healthIn = createMissionHealthLoader(visible, settings, themes);
  const [missions, previousMissions] = await Promise.all([healthIn(period), healthIn(previous)]);
  const weekly = await getWeeklyActivity(missions.flatMap((m) => m.accounts.map((a) => a.id)), period);
  return {
    period,
    previous,
    kpis: kpisOf(missions, themes, period),
    previousKpis: kpisOf(previousMissions, themes, previous),
    themes,
    missions,
    weekly,
    medianEngagementShare: quartiles(missions.map((m) => m.engagementShare))?.median ?? null,
    actions: actionsOf(missions, period, settings),
    hasDemoData: missions.some((m) => m.isDemo),
  };
}

export type PeerDistribution = Record<HealthComponentKey | "score", PeerFigures>;

/** Where the mission's score and each component sit among the peers (see peerPosition). */
export type PeerPositions = Record<HealthComponentKey | "score", PeerPosition | null>;

/**
 * The peers' anonymous figures for the score and each component: the one
 * peer group (missions with at least one active account, see isActivePeer)
 * every band on the scorecard is drawn from.
 */
export function peerDistributionOf(missions: readonly MissionHealth[]): PeerDistribution {
  const peers = missions.filter(isActivePeer);
  return Object.fromEntries([
    ...HEALTH_COMPONENTS.map((key) => [key, peerFigures(peers.map((m) => componentValue(m, key)))]),
    ["score", peerFigures(peers.map((m) => m.health.score))],
  ]) as PeerDistribution;
}

/** A mission's place among the peers for the score and each component. */
export function peerPositionsOf(mission: MissionHealth, peers: PeerDistribution): PeerPositions {
  return Object.fromEntries([
    ...HEALTH_COMPONENTS.map((key) => [key, peerPosition(componentValue(mission, key), peers[key], mission)]),
    ["score", peerPosition(mission.health.score, peers.score, mission)],
  ]) as PeerPositions;
}

const componentValue = (mission: MissionHealth, key: HealthComponentKey) =>
  mission.health.components.find((c) => c.key === key)?.value ?? null;

export interface MissionScorecard {
  mission: MissionHealth;
  /**
   * The mission against the engagement HQ set as its target. Its peers are the
   * same figures as the engagement row of the health table (peers.engagement):
   * one band for one figure; the target itself is where missions differ.
   */
  target: TargetJudgement & { peers: PeerFigures; position: PeerPosition | null };
  themes: DashboardTheme[];
  /** The active missions' components and scores as anonymous aggregates (median, quartiles), when enough missions have them. */
  peers: PeerDistribution;
  /** Where this mission sits among them. */
  positions: PeerPositions;
  weekly: WeeklyActivityPoint[];
  nextSteps: NextStep[];
}

/** One mission's scorecard against its peers; null when it does not exist or the viewer may not see it. */
export async function getMissionScorecard(
  viewer: Viewer,
  missionId: string,
  period: Period,
  settings: MetricSettings,
): Promise<MissionScorecard | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const themes = await getThemesForCoverage();
  // Peers are the missions with an active account, the viewer's own included when active; only their distribution leaves this function.
  const all = await loadMissionHealth(null, period, settings, themes);
  const mission = all.find((m) => m.id === missionId);
  if (!mission) return null;
  const peers = peerDistributionOf(all);
  const positions = peerPositionsOf(mission, peers);
  const weekly = await getWeeklyActivity(mission.accounts.map((a) => a.id), period);
  const themeNames = new Map(themes.map((t) => [t.id, t.name]));
  const componentsBelowPeers = HEALTH_COMPONENTS.filter((key) => positions[key] === "low");
  const judgement = judgeEngagementTarget(mission.engagementTarget, mission.engagementShare, settings.engagementTargetShares);
  const nextSteps = deriveNextSteps({
    accounts: mission.accounts.map((a) => ({
      id: a.id,
      handle: a.handle,
      status: a.activity.status,
      lastPostAt: a.lastPostAt,
      isPrivate: a.isPrivate,
      declaredUseMismatch: a.declaredUseMismatch,
      engagementShare: a.engagementShare,
    })),
    themes: mission.coverage.themes.map((t) => ({ id: t.themeId, name: themeNames.get(t.themeId) ?? t.themeId, isGap: t.isGap })),
    componentsBelowPeers,
    target: judgement,
    health: mission.health,
  });
  return { mission, target: { ...judgement, peers: peers.engagement, position: positions.engagement }, themes, peers, positions, weekly, nextSteps };
}
