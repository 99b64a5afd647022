import type { AccountNetworkView, NetworkLink, NetworkNode } from "./network";

/**
 * The part of a network the graph draws. A ministry's network can hold
 * thousands of links; a force-directed drawing of them all is a hairball, so
 * past `linkLimit` the graph keeps the heaviest links and the accounts they
 * join (plus any the caller keeps, such as a focus mission's own). Links as
 * heavy as one another are kept or left out together: which of a hundred
 * one-post links made the cut would otherwise depend on nothing but ids, and
 * the drawing would suggest a ranking the data does not have. The table
 * beside the graph lists every account with its links.
 */
export interface GraphSlice<N, L> {
  nodes: N[];
  links: L[];
  /** Whether links were left out. */
  capped: boolean;
  /** The links there were before the cut. */
  totalLinks: number;
  /**
   * When links were cut: every link of this many posts or more is drawn, and
   * no lighter one. Null when nothing was cut, or when even the heaviest links
   * were too many and some of them had to go.
   */
  drawnFromPosts: number | null;
}

/** About as many links as a reader can follow in one drawing of a few dozen accounts. */
export const GRAPH_LINK_LIMIT = 50;

/** Handles written on the drawing: enough to say who is central, few enough not to cover it. */
export const GRAPH_LABEL_LIMIT = 10;

/** A node's diameter in pixels, from the least to the most active account drawn. */
export const NODE_DIAMETER = { smallest: 16, largest: 50 } as const;

export function heaviestLinksGraph<N extends { key: string }, L extends { sourceKey: string; targetKey: string; posts: number }>(
  nodes: readonly N[],
  links: readonly L[],
  linkLimit: number,
  keepNode: (node: N) => boolean = () => false,
): GraphSlice<N, L> {
  if (links.length <= linkLimit) {
    return { nodes: [...nodes], links: [...links], capped: false, totalLinks: links.length, drawnFromPosts: null };
  }
  // Stable: among equal weights the given order (the view's) decides.
  const heaviestFirst = links
    .map((link, index) => ({ link, index }))
    .sort((a, b) => b.link.posts - a.link.posts || a.index - b.index);
  let kept = Math.max(0, linkLimit);
  let drawnFromPosts: number | null = kept > 0 ? heaviestFirst[kept - 1]!.link.posts : null;
  if (kept > 0 && heaviestFirst[kept]!.link.posts === drawnFromPosts) {
    const heavier = heaviestFirst.findIndex((entry) => entry.link.posts === drawnFromPosts);
    if (heavier > 0) {
      kept = heavier;
      drawnFromPosts = heaviestFirst[kept - 1]!.link.posts;
    } else {
      // Even the heaviest links are too many to draw: some of them, in the given order, beat an empty drawing.
      drawnFromPosts = null;
    }
  }
  const shown = heaviestFirst
    .slice(0, kept)
    .sort((a, b) => a.index - b.index)
    .map(({ link }) => link);
  const joined = new Set(shown.flatMap((l) => [l.sourceKey, l.targetKey]));
  return {
    nodes: nodes.filter((n) => joined.has(n.key) || keepNode(n)),
    links: shown,
    capped: true,
    totalLinks: links.length,
    drawnFromPosts,
  };
}

/**
 * What a node's size stands for: the links an account took part in during the
 * period (posts it sent to other ministry accounts and posts they sent it).
 * A dormant or silent account counts 0 whatever others send it: nobody runs
 * it, so being mentioned does not make it matter in the period, and drawn by
 * its links in it would outgrow the accounts that answer. Another mission's
 * anonymous account counts 0 too, as the viewer sees no figures of it.
 */
export function periodActivity(node: NetworkNode): number {
  if (node.anonymous || node.status !== "active") return 0;
  return node.figures.linksIn + node.figures.linksOut;
}

/** Grows with the square root of the activity, so that four times the activity reads as twice the growth, not four times. */
export function nodeDiameter(activity: number, largestActivity: number): number {
  const { smallest, largest } = NODE_DIAMETER;
  if (activity <= 0 || largestActivity <= 0) return smallest;
  return smallest + (largest - smallest) * Math.sqrt(Math.min(1, activity / largestActivity));
}

/** A link's line width in pixels: grows with the square root of its posts, 2 for one post, at most 6 (25 posts and more). */
export function linkWidth(posts: number): number {
  return 1 + Math.min(5, Math.sqrt(Math.max(0, posts)));
}

/** The keys of the `limit` most active nodes (activity above 0), ties in the given order. */
export function mostActiveKeys<N extends { key: string }>(
  nodes: readonly N[],
  activity: (node: N) => number,
  limit: number = GRAPH_LABEL_LIMIT,
): Set<string> {
  return new Set(
    nodes
      .map((node, index) => ({ key: node.key, activity: activity(node), index }))
      .filter((entry) => entry.activity > 0)
      .sort((a, b) => b.activity - a.activity || a.index - b.index)
      .slice(0, Math.max(0, limit))
      .map((entry) => entry.key),
  );
}

export interface GraphNodePlacement {
  node: NetworkNode;
  /** periodActivity of the node. */
  activity: number;
  diameter: number;
  /** Whether its handle is written on the drawing. */
  labelled: boolean;
  /** One of the accounts a focus view is about (false without a focus mission). */
  inFocus: boolean;
}

export interface NetworkGraphData extends Omit<GraphSlice<NetworkNode, NetworkLink>, "nodes"> {
  nodes: GraphNodePlacement[];
  /** The largest activity among the nodes drawn (0 when none is active). */
  largestActivity: number;
  /** Posts behind the lightest and the heaviest link drawn; null when none is. */
  linkPosts: { lightest: number; heaviest: number } | null;
}

/**
 * What the network graph draws of a view: the heaviest links, their accounts
 * sized by periodActivity, the most active of them labelled with their
 * handles, and in a focus view the focus mission's own accounts kept and
 * labelled whatever their links.
 */
export function networkGraphData(
  view: Pick<AccountNetworkView, "nodes" | "links" | "focusMission">,
  options: { linkLimit?: number; labelLimit?: number } = {},
): NetworkGraphData {
  const focusId = view.focusMission?.id ?? null;
  const inFocus = (node: NetworkNode) => focusId !== null && !node.anonymous && node.mission.id === focusId;
  const slice = heaviestLinksGraph(view.nodes, view.links, options.linkLimit ?? GRAPH_LINK_LIMIT, inFocus);
  const largestActivity = Math.max(0, ...slice.nodes.map(periodActivity));
  const labelled = mostActiveKeys(slice.nodes, periodActivity, options.labelLimit ?? GRAPH_LABEL_LIMIT);
  const posts = slice.links.map((l) => l.posts);
  return {
    ...slice,
    largestActivity,
    linkPosts: posts.length === 0 ? null : { lightest: Math.min(...posts), heaviest: Math.max(...posts) },
    nodes: slice.nodes.map((node) => {
      const activity = periodActivity(node);
      return {
        node,
        activity,
        diameter: nodeDiameter(activity, largestActivity),
        labelled: labelled.has(node.key) || inFocus(node),
        inFocus: inFocus(node),
      };
    }),
  };
}
