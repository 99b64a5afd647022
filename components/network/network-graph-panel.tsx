import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountNetworkView } from "@/lib/data/network";
import { linkWidth, networkGraphData, NODE_DIAMETER, type GraphNodePlacement } from "@/lib/data/network-graph";
import { EDGE_COLORS, NODE_COLORS, type GraphNodeKind } from "./graph-colors";
import { NetworkGraph, type GraphEdge, type GraphNode } from "./network-graph";
import { nodeName, nodesByKey } from "./network-labels";

interface NetworkGraphPanelProps {
  view: AccountNetworkView;
  accountHref: (accountId: string) => string;
  postsHref: (filter: { account: string; with: string }) => string;
}

/** Dormancy first: an account nobody runs is that before it is receive-only or isolated. */
function kindOf(placement: GraphNodePlacement): GraphNodeKind {
  const { node } = placement;
  if (node.anonymous) return "anonymous";
  if (node.status !== "active") return "dormant";
  if (node.figures.isolated) return "isolated";
  if (node.figures.receiveOnly) return "receiveOnly";
  if (placement.inFocus) return "focus";
  return "account";
}

/** The graph with its legend; the texts are translated here so the client component needs no catalog. */
export async function NetworkGraphPanel({ view, accountHref, postsHref }: NetworkGraphPanelProps) {
  const t = await getTranslations("network");
  const format = await getFormatter();
  const byKey = nodesByKey(view);
  const graph = networkGraphData(view);
  const nodes: GraphNode[] = graph.nodes.map((placement) => {
    const { node } = placement;
    return {
      key: node.key,
      label: !placement.labelled
        ? ""
        : node.anonymous
          ? t("anonymousShort", { number: node.number })
          : `@${node.account.handle}`,
      title: node.anonymous
        ? nodeName(node, t)
        : t("nodeTitle", {
            name: `${nodeName(node, t)} (${node.mission.name})`,
            in: format.number(node.figures.linksIn),
            out: format.number(node.figures.linksOut),
            status: node.status,
          }),
      kind: kindOf(placement),
      diameter: placement.diameter,
      // A focus mission's accounts in the middle, then the most active.
      rank: placement.inFocus ? graph.largestActivity + 1 : placement.activity,
      href: node.anonymous ? null : accountHref(node.account.id),
    };
  });
  const edges: GraphEdge[] = graph.links.map((link) => ({
    source: link.sourceKey,
    target: link.targetKey,
    width: linkWidth(link.posts),
    reciprocated: link.reciprocated,
    title: t("linkTitle", {
      source: nodeName(byKey.get(link.sourceKey)!, t),
      target: nodeName(byKey.get(link.targetKey)!, t),
      count: link.posts,
    }),
    href: link.postsFilter && postsHref(link.postsFilter),
  }));
  const labelled = graph.nodes.filter((p) => p.labelled).length;
  const legendKinds: GraphNodeKind[] = [
    "account",
    ...(view.focusMission ? (["focus"] as const) : []),
    "receiveOnly",
    "isolated",
    "dormant",
    ...(view.anonymised ? (["anonymous"] as const) : []),
  ];
  const legendValues = {
    days: format.number(view.dormancyThresholdDays),
    date: format.dateTime(view.period.asOf, { dateStyle: "medium" }),
  };

  return (
    <section aria-labelledby="network-graph-heading" className="mb-6">
      <h2 id="network-graph-heading" className="mb-2 text-lg font-semibold">
        {t("graphHeading")}
      </h2>
      {graph.capped && (
        <p className="mb-2 text-sm text-muted" data-testid="graph-capped">
          {graph.drawnFromPosts === null
            ? t("graphCapped", {
                shown: format.number(edges.length),
                total: format.number(graph.totalLinks),
                accounts: nodes.length,
              })
            : t("graphCappedFrom", {
                shown: format.number(edges.length),
                total: format.number(graph.totalLinks),
                posts: graph.drawnFromPosts,
                accounts: nodes.length,
              })}
        </p>
      )}
      {edges.length === 0 && (
        <p className="mb-2 text-sm text-muted" data-testid="graph-empty">
          {t("graphEmpty")}
        </p>
      )}
      <NetworkGraph
        nodes={nodes}
        edges={edges}
        labels={{
          description: t("graphDescription", { nodes: nodes.length, edges: edges.length, labelled }),
          loading: t("graphLoading"),
          failed: t("graphFailed"),
          hint: t("graphHint"),
          openAccount: t("openAccount"),
          openPosts: t("openPosts"),
        }}
      />
      <ul
        className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"
        aria-label={t("legendLabel")}
        data-testid="graph-legend"
      >
        <li className="flex items-center gap-1" data-testid="legend-size">
          <span aria-hidden className="flex items-end gap-0.5">
            {[NODE_DIAMETER.smallest / 2, NODE_DIAMETER.largest / 3].map((size) => (
              <span
                key={size}
                className="inline-block rounded-full border-2"
                style={{
                  width: size,
                  height: size,
                  backgroundColor: NODE_COLORS.account.fill,
                  borderColor: NODE_COLORS.account.border,
                }}
              />
            ))}
          </span>
          {t("legend.size", { largest: graph.largestActivity })}
        </li>
        {legendKinds.map((kind) => (
          <li key={kind} className="flex items-center gap-1" data-testid={`legend-${kind}`}>
            <span
              aria-hidden
              className="inline-block h-3 w-3 rounded-full border-2"
              style={{
                backgroundColor: NODE_COLORS[kind].fill,
                borderColor: NODE_COLORS[kind].border,
                borderStyle: NODE_COLORS[kind].outline,
              }}
            />
            {t(`legend.${kind}`, legendValues)}
          </li>
        ))}
        {(["reciprocated", "oneWay"] as const).map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-4" style={{ backgroundColor: EDGE_COLORS[kind] }} />
            {t(`legend.${kind}`)}
          </li>
        ))}
        {graph.linkPosts && (
          <li className="flex items-center gap-1" data-testid="legend-width">
            <span aria-hidden className="flex flex-col gap-0.5">
              {[graph.linkPosts.lightest, graph.linkPosts.heaviest].map((posts, i) => (
                <span
                  key={i}
                  className="inline-block w-4"
                  style={{ height: linkWidth(posts), backgroundColor: EDGE_COLORS.oneWay }}
                />
              ))}
            </span>
            {t("legend.width", graph.linkPosts)}
          </li>
        )}
        {labelled > 0 && (
          <li className="flex items-center gap-1" data-testid="legend-labels">
            <span aria-hidden className="font-semibold">
              @
            </span>
            {t("legend.labels", { count: labelled, focus: view.focusMission ? "yes" : "no" })}
          </li>
        )}
      </ul>
    </section>
  );
}
