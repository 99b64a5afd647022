import type { AccountNetworkView, NetworkNode } from "@/lib/data/network";
import { LINK_TYPES, type LinkTypeCounts } from "@/lib/metrics/network";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** How a node is named on screen: its handle, or "Another mission's account n" for an anonymous one. */
export function nodeName(node: NetworkNode, t: Translate): string {
  return node.anonymous ? t("anonymousAccount", { number: node.number }) : `@${node.account.handle}`;
}

/** "2 replies · 1 mention", leaving out the types a link has none of. */
export function linkTypesText(byType: LinkTypeCounts, t: Translate): string {
  return LINK_TYPES.filter((type) => byType[type] > 0)
    .map((type) => t(`type.${type}`, { count: byType[type] }))
    .join(" · ");
}

/** Nodes by key, for naming both ends of each link. */
export function nodesByKey(view: AccountNetworkView): Map<string, NetworkNode> {
  return new Map(view.nodes.map((n) => [n.key, n]));
}

/** Whether a node is one of the accounts the view is about (all of them without a focus mission). */
export function isInFocus(view: AccountNetworkView, node: NetworkNode): boolean {
  return !node.anonymous && (view.focusMission === null || node.mission.id === view.focusMission.id);
}
