/**
 * The part of a network the graph draws. A ministry's network can hold
 * thousands of links; a force-directed drawing of them all is unreadable and
 * heavy to send, so past `linkLimit` the graph keeps the heaviest links and
 * the accounts they join (plus any the caller keeps, such as a focus
 * mission's own). The table beside the graph lists every account with its heaviest links.
 */
export interface GraphSlice<N, L> {
  nodes: N[];
  links: L[];
  /** Whether links were left out. */
  capped: boolean;
}

export function heaviestLinksGraph<N extends { key: string }, L extends { sourceKey: string; targetKey: string; posts: number }>(
  nodes: readonly N[],
  links: readonly L[],
  linkLimit: number,
  keepNode: (node: N) => boolean = () => false,
): GraphSlice<N, L> {
  if (links.length <= linkLimit) return { nodes: [...nodes], links: [...links], capped: false };
  // Stable: among equal weights the given order (the view's) decides.
  const shown = links
    .map((link, index) => ({ link, index }))
    .sort((a, b) => b.link.posts - a.link.posts || a.index - b.index)
    .slice(0, linkLimit)
    .sort((a, b) => a.index - b.index)
    .map(({ link }) => link);
  const joined = new Set(shown.flatMap((l) => [l.sourceKey, l.targetKey]));
  return { nodes: nodes.filter((n) => joined.has(n.key) || keepNode(n)), links: shown, capped: true };
}
