/**
 * The ministry's own accounts as a network: who links to whom among them.
 *
 * A *link* from account X to account Y is one of X's posts in the period that
 * replies to, mentions, quotes or reposts Y's handle on X's platform (handles
 * compare as normalizeHandle does; links to oneself are not links). A post
 * counts once per account it links to, under the strongest interaction it has
 * with that account (repost, then quote, then reply, then mention: a reply
 * that also names the account it answers is one reply, not a reply and a
 * mention), so the counts per type add up to the posts behind the link.
 *
 * Two accounts are a *linked pair* when either links to the other in the
 * period, and a *reciprocal pair* when each links to the other.
 * **Reciprocity** is reciprocal pairs / linked pairs: the share of the
 * network's relationships that go both ways, whatever their volume (one
 * mention back makes a pair reciprocal). It is null when nothing is linked.
 * An account is *isolated* when it neither links nor is linked to, and
 * *receive-only* when others link to it but it links to none of them: the
 * pattern the source analysis found for the ministry's headquarters account.
 */
import { normalizeHandle } from "./post-kind";

export const LINK_TYPES = ["reply", "mention", "quote", "repost"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type LinkTypeCounts = Record<LinkType, number>;

export interface NetworkAccount {
  id: string;
  missionId: string;
}

export interface NetworkAccountWithHandle extends NetworkAccount {
  platform: string;
  handle: string;
}

/** Posts of one account linking to one handle, by interaction type, as the store aggregates them. */
export interface HandleLinkCount {
  sourceId: string;
  targetHandle: string;
  type: LinkType;
  posts: number;
}

/** Posts of one account linking to another of the ministry's accounts, by interaction type. */
export interface NetworkEdge {
  sourceId: string;
  targetId: string;
  type: LinkType;
  posts: number;
}

/** All links from one account to another, every interaction type together. */
export interface AccountLink {
  sourceId: string;
  targetId: string;
  posts: number;
  byType: LinkTypeCounts;
  /** Whether the target links back to the source in the period. */
  reciprocated: boolean;
}

export interface AccountNetworkFigures {
  accountId: string;
  missionId: string;
  /** Posts of other accounts linking to this one. */
  linksIn: number;
  /** Posts of this account linking to other accounts. */
  linksOut: number;
  /** Distinct accounts linking to this one. */
  partnersIn: number;
  /** Distinct accounts this one links to. */
  partnersOut: number;
  /** Distinct accounts linked with this one either way. */
  partners: number;
  /** Distinct accounts linked with this one both ways. */
  reciprocalPartners: number;
  isolated: boolean;
  receiveOnly: boolean;
}

export interface MissionNetworkFigures {
  missionId: string;
  accounts: number;
  /** Posts of other missions' accounts linking to this mission's accounts. */
  linksIn: number;
  /** Posts of this mission's accounts linking to other missions' accounts. */
  linksOut: number;
  /** Posts of this mission's accounts linking to each other (not counted in or out). */
  linksWithin: number;
  /** Distinct other missions linking to this one, linked to by it, either way, both ways. */
  partnerMissionsIn: number;
  partnerMissionsOut: number;
  partnerMissions: number;
  reciprocalPartnerMissions: number;
  isolatedAccounts: number;
  receiveOnlyAccounts: number;
}

export interface NetworkSummary {
  accounts: number;
  /** Posts linking one of the ministry's accounts to another. */
  links: number;
  linkedPairs: number;
  reciprocalPairs: number;
  /** reciprocalPairs / linkedPairs; null when no pair is linked. */
  reciprocity: number | null;
  isolatedAccountIds: string[];
  receiveOnlyAccountIds: string[];
}

export interface NetworkMetrics {
  accounts: AccountNetworkFigures[];
  links: AccountLink[];
  missions: MissionNetworkFigures[];
  summary: NetworkSummary;
}

export const emptyLinkTypeCounts = (): LinkTypeCounts => ({ reply: 0, mention: 0, quote: 0, repost: 0 });

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const directedKey = (source: string, target: string) => `${source}\u0000${target}`;

/**
 * The store's per-handle counts as links between accounts: a handle is one of
 * the ministry's accounts when an account on the source's platform has it
 * (case-insensitively). Handles of no ministry account, links to oneself and
 * sources outside the list are dropped.
 */
export function resolveLinkTargets(
  accounts: readonly NetworkAccountWithHandle[],
  counts: readonly HandleLinkCount[],
): NetworkEdge[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const byPlatformHandle = new Map<string, string>();
  // Sorted so that two accounts differing only in letter case always resolve to the same one.
  for (const account of [...accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = directedKey(account.platform, normalizeHandle(account.handle));
    if (!byPlatformHandle.has(key)) byPlatformHandle.set(key, account.id);
  }
  const edges: NetworkEdge[] = [];
  for (const count of counts) {
    const source = byId.get(count.sourceId);
    if (!source) continue;
    const handle = normalizeHandle(count.targetHandle);
    if (handle === normalizeHandle(source.handle)) continue;
    const targetId = byPlatformHandle.get(directedKey(source.platform, handle));
    if (targetId === undefined || targetId === source.id) continue;
    edges.push({ sourceId: source.id, targetId, type: count.type, posts: count.posts });
  }
  return edges;
}

/** Edges merged per source and target, every type together; self-links, unknown accounts and empty edges dropped. */
export function accountLinks(accounts: readonly NetworkAccount[], edges: readonly NetworkEdge[]): AccountLink[] {
  const known = new Set(accounts.map((a) => a.id));
  const merged = new Map<string, AccountLink>();
  for (const edge of edges) {
    if (edge.sourceId === edge.targetId || edge.posts <= 0) continue;
    if (!known.has(edge.sourceId) || !known.has(edge.targetId)) continue;
    const key = directedKey(edge.sourceId, edge.targetId);
    let link = merged.get(key);
    if (!link) {
      link = {
        sourceId: edge.sourceId,
        targetId: edge.targetId,
        posts: 0,
        byType: emptyLinkTypeCounts(),
        reciprocated: false,
      };
      merged.set(key, link);
    }
    link.posts += edge.posts;
    link.byType[edge.type] += edge.posts;
  }
  for (const link of merged.values()) link.reciprocated = merged.has(directedKey(link.targetId, link.sourceId));
  return [...merged.values()].sort(
    (a, b) => b.posts - a.posts || compare(a.sourceId, b.sourceId) || compare(a.targetId, b.targetId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Linked and reciprocal pairs among the links, and their ratio. */
export function reciprocity(links: readonly Pick<AccountLink, "sourceId" | "targetId">[]): {
  linkedPairs: number;
  reciprocalPairs: number;
  reciprocity: number | null;
} {
  const directed = new Set(
    links.filter((l) => l.sourceId !== l.targetId).map((l) => directedKey(l.sourceId, l.targetId)),
  );
  const pairs = new Set<string>();
  const reciprocal = new Set<string>();
  for (const link of links) {
    if (link.sourceId === link.targetId) continue;
    const pair = pairKey(link.sourceId, link.targetId);
    pairs.add(pair);
    if (directed.has(directedKey(link.targetId, link.sourceId))) reciprocal.add(pair);
  }
  return {
    linkedPairs: pairs.size,
    reciprocalPairs: reciprocal.size,
    reciprocity: pairs.size === 0 ? null : reciprocal.size / pairs.size,
  };
}

/** In and out links, partners and flags of every account, in the order given. */
export function accountNetworkFigures(
  accounts: readonly NetworkAccount[],
  links: readonly AccountLink[],
): AccountNetworkFigures[] {
  const linksIn = new Map<string, number>();
  const linksOut = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  const targets = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const link of links) {
    if (link.posts <= 0) continue;
    linksOut.set(link.sourceId, (linksOut.get(link.sourceId) ?? 0) + link.posts);
    linksIn.set(link.targetId, (linksIn.get(link.targetId) ?? 0) + link.posts);
    add(targets, link.sourceId, link.targetId);
    add(sources, link.targetId, link.sourceId);
  }
  return accounts.map((account) => {
    const from = sources.get(account.id) ?? new Set<string>();
    const to = targets.get(account.id) ?? new Set<string>();
    const partners = new Set([...from, ...to]);
    const reciprocalPartners = [...to].filter((id) => from.has(id)).length;
    const inCount = linksIn.get(account.id) ?? 0;
    const outCount = linksOut.get(account.id) ?? 0;
    return {
      accountId: account.id,
      missionId: account.missionId,
      linksIn: inCount,
      linksOut: outCount,
      partnersIn: from.size,
      partnersOut: to.size,
      partners: partners.size,
      reciprocalPartners,
      isolated: inCount === 0 && outCount === 0,
      receiveOnly: inCount > 0 && outCount === 0,
    };
  });
}

/**
 * Per mission: links with other missions (a mission's accounts talking to each
 * other are counted apart), partner missions, and how many of its accounts are
 * isolated or receive-only. Missions in order of first appearance among the accounts.
 */
export function missionNetworkFigures(
  accounts: readonly NetworkAccount[],
  links: readonly AccountLink[],
  figures: readonly AccountNetworkFigures[] = accountNetworkFigures(accounts, links),
): MissionNetworkFigures[] {
  const missionOf = new Map(accounts.map((a) => [a.id, a.missionId]));
  const missions = new Map<string, MissionNetworkFigures>();
  const partnersIn = new Map<string, Set<string>>();
  const partnersOut = new Map<string, Set<string>>();
  for (const account of accounts) {
    if (!missions.has(account.missionId)) {
      missions.set(account.missionId, {
        missionId: account.missionId,
        accounts: 0,
        linksIn: 0,
        linksOut: 0,
        linksWithin: 0,
        partnerMissionsIn: 0,
        partnerMissionsOut: 0,
        partnerMissions: 0,
        reciprocalPartnerMissions: 0,
        isolatedAccounts: 0,
        receiveOnlyAccounts: 0,
      });
      partnersIn.set(account.missionId, new Set());
      partnersOut.set(account.missionId, new Set());
    }
    missions.get(account.missionId)!.accounts += 1;
  }
  for (const figure of figures) {
    const mission = missions.get(figure.missionId);
    if (!mission) continue;
    if (figure.isolated) mission.isolatedAccounts += 1;
    if (figure.receiveOnly) mission.receiveOnlyAccounts += 1;
  }
  for (const link of links) {
    const from = missionOf.get(link.sourceId);
    const to = missionOf.get(link.targetId);
    if (from === undefined || to === undefined || link.posts <= 0) continue;
    if (from === to) {
      missions.get(from)!.linksWithin += link.posts;
      continue;
    }
    missions.get(from)!.linksOut += link.posts;
    missions.get(to)!.linksIn += link.posts;
    partnersOut.get(from)!.add(to);
    partnersIn.get(to)!.add(from);
  }
  for (const mission of missions.values()) {
    const from = partnersIn.get(mission.missionId)!;
    const to = partnersOut.get(mission.missionId)!;
    mission.partnerMissionsIn = from.size;
    mission.partnerMissionsOut = to.size;
    mission.partnerMissions = new Set([...from, ...to]).size;
    mission.reciprocalPartnerMissions = [...to].filter((id) => from.has(id)).length;
  }
  return [...missions.values()];
}

/** Everything the network screen shows, from the accounts and the links between them. */
export function networkMetrics(accounts: readonly NetworkAccount[], edges: readonly NetworkEdge[]): NetworkMetrics {
  const links = accountLinks(accounts, edges);
  const figures = accountNetworkFigures(accounts, links);
  const pairs = reciprocity(links);
  return {
    accounts: figures,
    links,
    missions: missionNetworkFigures(accounts, links, figures),
    summary: {
      accounts: accounts.length,
      links: links.reduce((sum, l) => sum + l.posts, 0),
      ...pairs,
      isolatedAccountIds: figures.filter((f) => f.isolated).map((f) => f.accountId),
      receiveOnlyAccountIds: figures.filter((f) => f.receiveOnly).map((f) => f.accountId),
    },
  };
}
