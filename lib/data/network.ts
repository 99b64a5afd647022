import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { institutionalAccountSql, institutionalAccountWhere } from "./account-scope";
import { canViewAllMissions, canViewMission, type Viewer } from "../auth/permissions";
import {
  LINK_TYPES,
  networkMetrics,
  resolveLinkTargets,
  type AccountNetworkFigures,
  type HandleLinkCount,
  type LinkType,
  type LinkTypeCounts,
  type MissionNetworkFigures,
} from "../metrics/network";
import { activityStatus, type ActivityStatus } from "../metrics/activity-status";
import { formatIsoDay, type Period } from "../metrics/dates";
import { normalizedHandleSql } from "./handle-sql";
import { fingerprintOf, getRollupReader, rollupKeys } from "./rollups";
import { getMetricSettings } from "./settings";
import { dialectOf, toNumber } from "./sql-dialect";

export interface NetworkAccountNode {
  /** The account's id, or "other-<n>" for another mission's account shown to an ambassador. */
  key: string;
  anonymous: false;
  account: { id: string; handle: string; displayName: string | null; platform: string };
  mission: { id: string; slug: string; name: string };
  /** Activity status at D, with the dormancy threshold of the view. */
  status: ActivityStatus;
  figures: AccountNetworkFigures;
}

/** Another mission's account as an ambassador sees it: a number, no name, handle or figures of its own. */
export interface AnonymousNetworkNode {
  key: string;
  anonymous: true;
  /** 1-based, most links with the viewer's mission first. */
  number: number;
}

export type NetworkNode = NetworkAccountNode | AnonymousNetworkNode;

export interface NetworkLink {
  sourceKey: string;
  targetKey: string;
  posts: number;
  byType: LinkTypeCounts;
  reciprocated: boolean;
  /** The post list behind the link (`/posts?account=…&with=…`); null when either end is anonymous to the viewer. */
  postsFilter: { account: string; with: string } | null;
}

export interface NetworkMissionRow extends MissionNetworkFigures {
  slug: string;
  name: string;
}

/** Figures of the whole ministry's network, which reveal no single mission. */
export interface MinistryNetworkSummary {
  accounts: number;
  links: number;
  linkedPairs: number;
  reciprocalPairs: number;
  reciprocity: number | null;
  isolatedAccounts: number;
  receiveOnlyAccounts: number;
}

export interface AccountNetworkView {
  period: Period;
  /** The mission the view is narrowed to (an ambassador's own); null for the whole ministry. */
  focusMission: { id: string; slug: string; name: string } | null;
  /** Accounts of the focus (all accounts without one) first, in mission and handle order, then their partners. */
  nodes: NetworkNode[];
  /** Links touching the focus, heaviest first. */
  links: NetworkLink[];
  /** Every mission without a focus; the focus mission only with one. */
  missions: NetworkMissionRow[];
  ministry: MinistryNetworkSummary;
  /** Whether other missions' accounts are shown without names. */
  anonymised: boolean;
  /** The dormancy threshold T the named accounts' statuses were judged with. */
  dormancyThresholdDays: number;
  hasDemoData: boolean;
}

/**
 * Link posts per own account, other handle and type in the period, from the
 * link rollups: only handles of the ministry's own institutional accounts on
 * the same platform count, never an account's own handle.
 */
async function linkCountsByHandle(period: Period): Promise<HandleLinkCount[]> {
  const own = normalizedHandleSql(Prisma.raw(`"Account"."handle"`));
  // Driven from the own handles (the rollup's handle index), not from every link of the period.
  const rows = await prisma.$queryRaw<{ sourceId: string; targetHandle: string; type: string; posts: bigint | number }[]>(Prisma.sql`
    SELECT "link"."accountId" AS "sourceId", "link"."handle" AS "targetHandle", "link"."type" AS "type", SUM("link"."posts") AS "posts"
    FROM (SELECT DISTINCT "Account"."platform" AS "platform", ${own} AS "handle" FROM "Account" WHERE ${institutionalAccountSql()}) AS "target"
    ${dialectOf(prisma).drivingJoinSql()} "LinkDayRollup" AS "link" ON "link"."handle" = "target"."handle"
    JOIN "Account" AS "source" ON "source"."id" = "link"."accountId" AND "source"."platform" = "target"."platform"
    WHERE "link"."day" >= ${formatIsoDay(period.start)} AND "link"."day" < ${formatIsoDay(period.endExclusive)}
      AND "link"."handle" <> ${normalizedHandleSql(Prisma.raw(`"source"."handle"`))} AND ${institutionalAccountSql("source")}
    GROUP BY "link"."accountId", "link"."handle", "link"."type"`);
  const isLinkType = (type: string): type is LinkType => (LINK_TYPES as readonly string[]).includes(type);
  return rows.flatMap((row) =>
    isLinkType(row.type) ? [{ sourceId: row.sourceId, targetHandle: row.targetHandle, type: row.type, posts: toNumber(row.posts) }] : [],
  );
}

export async function getAccountNetwork(
  viewer: Viewer,
  period: Period,
  options: { missionId?: string | null } = {},
): Promise<AccountNetworkView | null> {
  const anonymised = !canViewAllMissions(viewer);
  const focusId = anonymised ? (options.missionId ?? viewer.missionId) : (options.missionId ?? null);
  if (focusId !== null && !canViewMission(viewer, focusId)) return null;

  const [missions, accounts, settings] = await Promise.all([
    prisma.mission.findMany({ select: { id: true, slug: true, name: true, isDemo: true }, orderBy: { name: "asc" } }),
    prisma.account.findMany({
      where: institutionalAccountWhere,
      select: { id: true, missionId: true, platform: true, handle: true, displayName: true },
      orderBy: [{ handle: "asc" }, { platform: "asc" }],
    }),
    getMetricSettings(prisma),
  ]);
  const thresholdDays = settings.dormancyThresholdDays;
  const focusMission = focusId === null ? null : (missions.find((m) => m.id === focusId) ?? null);
  if (focusId !== null && !focusMission) return null;
  // An ambassador bound to no mission sees nothing, not the ministry.
  if (anonymised && focusMission === null) return null;

  // The view follows from the link rollups, the period, the missions and accounts read above and
  // whose names the viewer may see, and the dormancy threshold the statuses follow from, so it is
  // remembered under all of these until the rollups are rewritten; the figures, which every viewer
  // shares, apart from the view.
  const directory = fingerprintOf([missions, accounts]);
  const rollups = getRollupReader(prisma);
  const viewKey = rollupKeys.networkView({
    period,
    directory: fingerprintOf([directory, thresholdDays]),
    focusId,
    anonymisedFor: anonymised ? (viewer.missionId ?? "") : null,
  });
  return rollups.remember(viewKey, async () => {
    // Only the accounts the viewer sees by name get a status: an anonymous one's would say something about it.
    const namedIds = accounts.filter((a) => !anonymised || a.missionId === viewer.missionId).map((a) => a.id);
    const [metrics, postFigures] = await Promise.all([
      rollups.remember(rollupKeys.network({ period, directory }), async () =>
        networkMetrics(accounts, resolveLinkTargets(accounts, await linkCountsByHandle(period))),
      ),
      rollups.postFiguresBetween(namedIds, period.start, period.endExclusive),
    ]);
    const statusById = new Map(
      namedIds.map((id) => [
        id,
        activityStatus({ lastPostAt: postFigures.get(id)?.lastPostAt ?? null, isPrivate: false }, period.asOf, thresholdDays).status,
      ]),
    );
    return networkView(viewer, period, anonymised, focusMission, missions, accounts, metrics, statusById, thresholdDays);
  });
}

type NetworkMission = { id: string; slug: string; name: string; isDemo: boolean };
type NetworkAccount = { id: string; missionId: string; platform: string; handle: string; displayName: string | null };

/** What one viewer sees of the network's figures: named or anonymous nodes, the links touching the focus, mission rows. */
function networkView(
  viewer: Viewer,
  period: Period,
  anonymised: boolean,
  focusMission: NetworkMission | null,
  missions: NetworkMission[],
  accounts: NetworkAccount[],
  metrics: ReturnType<typeof networkMetrics>,
  statusById: ReadonlyMap<string, ActivityStatus>,
  dormancyThresholdDays: number,
): AccountNetworkView {
  const missionById = new Map(missions.map((m) => [m.id, m]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const figuresById = new Map(metrics.accounts.map((f) => [f.accountId, f]));
  const inFocus = (accountId: string) => focusMission === null || accountById.get(accountId)?.missionId === focusMission.id;
  const isAnonymous = (accountId: string) => anonymised && accountById.get(accountId)?.missionId !== viewer.missionId;
  const missionOrder = new Map(missions.map((m, i) => [m.id, i]));
  const byMissionThenHandle = (a: string, b: string) =>
    (missionOrder.get(accountById.get(a)!.missionId) ?? 0) - (missionOrder.get(accountById.get(b)!.missionId) ?? 0);

  const links = metrics.links.filter((l) => inFocus(l.sourceId) || inFocus(l.targetId));
  const focusIds = accounts.map((a) => a.id).filter(inFocus).sort(byMissionThenHandle);
  const partnerIds = [...new Set(links.flatMap((l) => [l.sourceId, l.targetId]))].filter((id) => !inFocus(id));

  // Anonymous partners are numbered by the links they share with the focus, so the numbering says nothing about who they are.
  const exchanged = new Map<string, number>();
  for (const link of links) {
    for (const id of [link.sourceId, link.targetId]) if (!inFocus(id)) exchanged.set(id, (exchanged.get(id) ?? 0) + link.posts);
  }
  const anonymousIds = partnerIds.filter(isAnonymous).sort((a, b) => (exchanged.get(b) ?? 0) - (exchanged.get(a) ?? 0) || (a < b ? -1 : 1));
  const keyOf = new Map<string, string>(accounts.map((a) => [a.id, a.id]));
  anonymousIds.forEach((id, i) => keyOf.set(id, `other-${i + 1}`));

  const namedNode = (id: string): NetworkAccountNode => {
    const account = accountById.get(id)!;
    const mission = missionById.get(account.missionId)!;
    return {
      key: id,
      anonymous: false,
      account: { id, handle: account.handle, displayName: account.displayName, platform: account.platform },
      mission: { id: mission.id, slug: mission.slug, name: mission.name },
      status: statusById.get(id)!,
      figures: figuresById.get(id)!,
    };
  };
  const nodes: NetworkNode[] = [
    ...focusIds.map(namedNode),
    ...partnerIds.filter((id) => !isAnonymous(id)).sort(byMissionThenHandle).map(namedNode),
    ...anonymousIds.map((id, i): AnonymousNetworkNode => ({ key: `other-${i + 1}`, anonymous: true, number: i + 1 })),
  ];

  const missionRows = metrics.missions
    .filter((m) => focusMission === null || m.missionId === focusMission.id)
    .map((m) => ({ ...m, slug: missionById.get(m.missionId)!.slug, name: missionById.get(m.missionId)!.name }))
    .sort((a, b) => (missionOrder.get(a.missionId) ?? 0) - (missionOrder.get(b.missionId) ?? 0));

  const { summary } = metrics;
  return {
    period,
    focusMission: focusMission && { id: focusMission.id, slug: focusMission.slug, name: focusMission.name },
    nodes,
    links: links.map((l) => ({
      sourceKey: keyOf.get(l.sourceId)!,
      targetKey: keyOf.get(l.targetId)!,
      posts: l.posts,
      byType: l.byType,
      reciprocated: l.reciprocated,
      postsFilter:
        isAnonymous(l.sourceId) || isAnonymous(l.targetId) ? null : { account: l.sourceId, with: accountById.get(l.targetId)!.handle },
    })),
    missions: missionRows,
    ministry: {
      accounts: summary.accounts,
      links: summary.links,
      linkedPairs: summary.linkedPairs,
      reciprocalPairs: summary.reciprocalPairs,
      reciprocity: summary.reciprocity,
      isolatedAccounts: summary.isolatedAccountIds.length,
      receiveOnlyAccounts: summary.receiveOnlyAccountIds.length,
    },
    anonymised,
    dormancyThresholdDays,
    hasDemoData: missions.some((m) => m.isDemo && (focusMission === null || m.id === focusMission.id)),
  };
}
