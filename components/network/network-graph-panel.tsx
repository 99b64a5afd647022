import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountNetworkView } from "@/lib/data/network";
import { heaviestLinksGraph } from "@/lib/data/network-graph";
import { EDGE_COLORS, NODE_COLORS, type GraphNodeKind } from "./graph-colors";
import { NetworkGraph, type GraphEdge, type GraphNode } from "./network-graph";
import { isInFocus, nodeName, nodesByKey } from "./network-labels";

interface NetworkGraphPanelProps {
  view: AccountNetworkView;
  accountHref: (accountId: string) => string;
  postsHref: (filter: { account: string; with: string }) => string;
}

/** More links than a force-directed drawing can show legibly (and than is worth sending to the browser). */
export const GRAPH_LINK_LIMIT = 300;

/** The graph with its legend; the texts are translated here so the client component needs no catalog. */
export async function NetworkGraphPanel({ view, accountHref, postsHref }: NetworkGraphPanelProps) {
  const t = await getTranslations("network");
  const format = await getFormatter();
  const byKey = nodesByKey(view);
  // A focus mission's own accounts stay in the drawing even when their links are cut.
  const graph = heaviestLinksGraph(
    view.nodes,
    view.links,
    GRAPH_LINK_LIMIT,
    (node) => view.focusMission !== null && isInFocus(view, node),
  );
  const nodes: GraphNode[] = graph.nodes.map((node) => {
    let kind: GraphNodeKind = "account";
    if (node.anonymous) kind = "anonymous";
    else if (node.figures.isolated) kind = "isolated";
    else if (node.figures.receiveOnly) kind = "receiveOnly";
    else if (view.focusMission && isInFocus(view, node)) kind = "focus";
    return {
      key: node.key,
      label: node.anonymous ? t("anonymousShort", { number: node.number }) : `@${node.account.handle}`,
      title: node.anonymous
        ? nodeName(node, t)
        : t("nodeTitle", {
            name: `${nodeName(node, t)} (${node.mission.name})`,
            in: node.figures.linksIn,
            out: node.figures.linksOut,
          }),
      kind,
      linksIn: node.anonymous ? 0 : node.figures.linksIn,
      href: node.anonymous ? null : accountHref(node.account.id),
    };
  });
  const edges: GraphEdge[] = graph.links.map((link) => ({
    source: link.sourceKey,
    target: link.targetKey,
    posts: link.posts,
    reciprocated: link.reciprocated,
    title: t("linkTitle", {
      source: nodeName(byKey.get(link.sourceKey)!, t),
      target: nodeName(byKey.get(link.targetKey)!, t),
      count: link.posts,
    }),
    href: link.postsFilter && postsHref(link.postsFilter),
  }));
  const legendKinds: GraphNodeKind[] = [
    "account",
    ...(view.focusMission ? (["focus"] as const) : []),
    "receiveOnly",
    "isolated",
    ...(view.anonymised ? (["anonymous"] as const) : []),
  ];

  return (
    <section aria-labelledby="network-graph-heading" className="mb-6">
      <h2 id="network-graph-heading" className="mb-2 text-lg font-semibold">
        {t("graphHeading")}
      </h2>
      {graph.capped && (
        <p className="mb-2 text-sm text-muted" data-testid="graph-capped">
          {t("graphCapped", {
            shown: format.number(edges.length),
            total: format.number(view.links.length),
            accounts: format.number(nodes.length),
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
          description: t("graphDescription", { nodes: nodes.length, edges: edges.length }),
          loading: t("graphLoading"),
          failed: t("graphFailed"),
          hint: t("graphHint"),
          openAccount: t("openAccount"),
          openPosts: t("openPosts"),
        }}
      />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label={t("graphHeading")}>
        {legendKinds.map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <span
              aria-hidden
              className="inline-block h-3 w-3 rounded-full border-2"
              style={{
                backgroundColor: NODE_COLORS[kind].fill,
                borderColor: NODE_COLORS[kind].border,
                borderStyle: kind === "isolated" ? "dashed" : "solid",
              }}
            />
            {t(`legend.${kind}`)}
          </li>
        ))}
        {(["reciprocated", "oneWay"] as const).map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-4" style={{ backgroundColor: EDGE_COLORS[kind] }} />
            {t(`legend.${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
