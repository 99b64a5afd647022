import { describe, expect, it } from "vitest";
import { heaviestLinksGraph } from "./network-graph";

const nodes = ["a", "b", "c", "d", "e"].map((key) => ({ key }));
const link = (sourceKey: string, targetKey: string, posts: number) => ({ sourceKey, targetKey, posts });
const links = [link("a", "b", 5), link("c", "d", 9), link("b", "c", 1), link("d", "a", 5)];

describe("heaviestLinksGraph", () => {
  it("keeps everything when the links fit", () => {
    expect(heaviestLinksGraph(nodes, links, 4)).toEqual({ nodes, links, capped: false });
  });

  it("keeps the heaviest links, ties in the given order, and only the accounts they join", () => {
    const slice = heaviestLinksGraph(nodes, links, 2);
    expect(slice.capped).toBe(true);
    // 9 first by weight; of the two 5s, a→b comes first in the given order. Shown in the given order.
    expect(slice.links).toEqual([link("a", "b", 5), link("c", "d", 9)]);
    expect(slice.nodes.map((n) => n.key)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps the nodes the caller asks for even without a shown link", () => {
    const slice = heaviestLinksGraph(nodes, links, 1, (n) => n.key === "e" || n.key === "a");
    expect(slice.links).toEqual([link("c", "d", 9)]);
    expect(slice.nodes.map((n) => n.key)).toEqual(["a", "c", "d", "e"]);
  });
});
