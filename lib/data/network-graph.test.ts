import { describe, expect, it } from "vitest";
import type { ActivityStatus } from "../metrics/activity-status";
import type { NetworkAccountNode, NetworkLink, NetworkNode } from "./network";
import {
  GRAPH_LINK_LIMIT,
  heaviestLinksGraph,
  linkWidth,
  mostActiveKeys,
  networkGraphData,
  nodeDiameter,
  NODE_DIAMETER,
  periodActivity,
} from "./network-graph";

const nodes = ["a", "b", "c", "d", "e"].map((key) => ({ key }));
const link = (sourceKey: string, targetKey: string, posts: number) => ({ sourceKey, targetKey, posts });
const links = [link("a", "b", 5), link("c", "d", 9), link("b", "c", 1), link("d", "a", 5)];

describe("heaviestLinksGraph", () => {
  it("keeps everything when the links fit", () => {
    expect(heaviestLinksGraph(nodes, links, 4)).toEqual({ nodes, links, capped: false, totalLinks: 4, drawnFromPosts: null });
  });

  it("keeps the heaviest links in the given order, and only the accounts they join", () => {
    const slice = heaviestLinksGraph(nodes, links, 3);
    expect(slice.capped).toBe(true);
    // 9, 5 and 5 fit; the 1 is cut. Shown in the given order.
    expect(slice.links).toEqual([link("a", "b", 5), link("c", "d", 9), link("d", "a", 5)]);
    expect(slice.nodes.map((n) => n.key)).toEqual(["a", "b", "c", "d"]);
    expect(slice.totalLinks).toBe(4);
    expect(slice.drawnFromPosts).toBe(5);
  });

  it("leaves out links as heavy as one another together when not all of them fit", () => {
    // Room for 2: the 9, then one of the two 5s; both 5s go rather than one picked by position.
    const slice = heaviestLinksGraph(nodes, links, 2);
    expect(slice.links).toEqual([link("c", "d", 9)]);
    expect(slice.nodes.map((n) => n.key)).toEqual(["c", "d"]);
    expect(slice.drawnFromPosts).toBe(9);
  });

  it("draws some of the heaviest links in the given order when even they are too many", () => {
    const even = [link("a", "b", 2), link("b", "c", 2), link("c", "d", 2)];
    const slice = heaviestLinksGraph(nodes, even, 2);
    expect(slice.links).toEqual([link("a", "b", 2), link("b", "c", 2)]);
    expect(slice.totalLinks).toBe(3);
    // Not every link of 2 posts is drawn, so the drawing names no such bound.
    expect(slice.drawnFromPosts).toBeNull();
  });

  it("keeps the nodes the caller asks for even without a shown link", () => {
    const slice = heaviestLinksGraph(nodes, links, 1, (n) => n.key === "e" || n.key === "a");
    expect(slice.links).toEqual([link("c", "d", 9)]);
    expect(slice.nodes.map((n) => n.key)).toEqual(["a", "c", "d", "e"]);
  });
});

const account = (key: string, status: ActivityStatus, linksIn: number, linksOut: number, missionId = `m-${key}`): NetworkAccountNode => ({
  key,
  anonymous: false,
  status,
  account: { id: key, handle: key, displayName: null, platform: "twitter" },
  mission: { id: missionId, slug: missionId, name: missionId },
  figures: {
    accountId: key,
    missionId,
    linksIn,
    linksOut,
    partnersIn: 0,
    partnersOut: 0,
    partners: 0,
    reciprocalPartners: 0,
    isolated: linksIn + linksOut === 0,
    receiveOnly: linksIn > 0 && linksOut === 0,
  },
});
const networkLink = (sourceKey: string, targetKey: string, posts: number): NetworkLink => ({
  sourceKey,
  targetKey,
  posts,
  byType: { reply: 0, mention: posts, quote: 0, repost: 0 },
  reciprocated: false,
  postsFilter: null,
});

describe("periodActivity", () => {
  it("is the links an active account sent and received in the period", () => {
    expect(periodActivity(account("it", "active", 1, 9))).toBe(10);
    expect(periodActivity(account("hq", "active", 5, 0))).toBe(5);
  });

  it("is 0 for a dormant or silent account however many links others send it, and for an anonymous one", () => {
    expect(periodActivity(account("uk", "dormant", 11, 0))).toBe(0);
    expect(periodActivity(account("new", "silent", 3, 0))).toBe(0);
    expect(periodActivity({ key: "other-1", anonymous: true, number: 1 })).toBe(0);
  });
});

describe("nodeDiameter and linkWidth", () => {
  it("grows a circle with the square root of its activity, from 16 to 50 pixels", () => {
    expect(NODE_DIAMETER).toEqual({ smallest: 16, largest: 50 });
    expect(nodeDiameter(0, 20)).toBe(16);
    expect(nodeDiameter(20, 20)).toBe(50);
    // √(5/20) = 1/2: half of the 34 pixels of growth.
    expect(nodeDiameter(5, 20)).toBe(33);
    expect(nodeDiameter(3, 0)).toBe(16);
  });

  it("widens a line with the square root of its posts, 2 pixels for one post and at most 6", () => {
    expect(linkWidth(1)).toBe(2);
    expect(linkWidth(4)).toBe(3);
    expect(linkWidth(25)).toBe(6);
    expect(linkWidth(400)).toBe(6);
  });
});

describe("mostActiveKeys", () => {
  it("takes the most active first, ties in the given order, never an inactive one", () => {
    const activity = new Map([
      ["a", 3],
      ["b", 0],
      ["c", 5],
      ["d", 3],
      ["e", 1],
    ]);
    const of = (n: { key: string }) => activity.get(n.key)!;
    expect([...mostActiveKeys(nodes, of, 2)]).toEqual(["c", "a"]);
    expect([...mostActiveKeys(nodes, of, 10)]).toEqual(["c", "a", "d", "e"]);
  });
});

/*
 * The demo's hairball in small: @uk went dormant but others still mention it.
 *
 *   se → uk 6   it → uk 5   it → hq 4   se → hq 1   de → it 1
 *
 * Links in / out: uk 11/0 (dormant), hq 5/0, it 1/9, se 0/7, de 0/1.
 * Activity: uk 0, hq 5, it 10, se 7, de 1. Sized by links in, @uk (11) was the
 * biggest circle; sized by activity it is the smallest.
 */
const demoNodes: NetworkNode[] = [
  account("uk", "dormant", 11, 0),
  account("hq", "active", 5, 0),
  account("it", "active", 1, 9),
  account("se", "active", 0, 7),
  account("de", "active", 0, 1, "m-germany"),
];
const demoLinks = [
  networkLink("se", "uk", 6),
  networkLink("it", "uk", 5),
  networkLink("it", "hq", 4),
  networkLink("se", "hq", 1),
  networkLink("de", "it", 1),
];

describe("networkGraphData", () => {
  const byKey = (data: ReturnType<typeof networkGraphData>) => new Map(data.nodes.map((p) => [p.node.key, p]));

  it("draws a dormant account no bigger than any active one, however many links it receives", () => {
    const data = networkGraphData({ nodes: demoNodes, links: demoLinks, focusMission: null });
    const drawn = byKey(data);
    expect(data.largestActivity).toBe(10);
    expect(drawn.get("uk")!.diameter).toBe(16);
    expect(drawn.get("it")!.diameter).toBe(50);
    // 16 + 34·√(7/10), 16 + 34·√(5/10), 16 + 34·√(1/10)
    expect(drawn.get("se")!.diameter).toBeCloseTo(44.446, 3);
    expect(drawn.get("hq")!.diameter).toBeCloseTo(40.042, 3);
    expect(drawn.get("de")!.diameter).toBeCloseTo(26.752, 3);
    for (const active of ["hq", "it", "se", "de"]) {
      expect(drawn.get("uk")!.diameter).toBeLessThanOrEqual(drawn.get(active)!.diameter);
    }
  });

  it("writes the handles of the most active accounts only, never a dormant one's", () => {
    const data = networkGraphData({ nodes: demoNodes, links: demoLinks, focusMission: null }, { labelLimit: 2 });
    expect(data.nodes.filter((p) => p.labelled).map((p) => p.node.key)).toEqual(["it", "se"]);
    const all = networkGraphData({ nodes: demoNodes, links: demoLinks, focusMission: null });
    expect(all.nodes.filter((p) => p.labelled).map((p) => p.node.key)).toEqual(["hq", "it", "se", "de"]);
  });

  it("cuts to the heaviest links and keeps a focus mission's accounts, labelled", () => {
    const data = networkGraphData(
      { nodes: demoNodes, links: demoLinks, focusMission: { id: "m-germany", slug: "germany", name: "Germany" } },
      { linkLimit: 3, labelLimit: 2 },
    );
    // 6, 5 and 4 fit; the two 1s are cut, and with them de → it: @de stays as the focus mission's.
    expect(data.links.map((l) => `${l.sourceKey}>${l.targetKey}`)).toEqual(["se>uk", "it>uk", "it>hq"]);
    expect(data.capped).toBe(true);
    expect(data.totalLinks).toBe(5);
    expect(data.drawnFromPosts).toBe(4);
    expect(data.linkPosts).toEqual({ lightest: 4, heaviest: 6 });
    expect(data.nodes.map((p) => p.node.key)).toEqual(["uk", "hq", "it", "se", "de"]);
    expect(data.nodes.filter((p) => p.labelled).map((p) => p.node.key)).toEqual(["it", "se", "de"]);
    expect(data.nodes.filter((p) => p.inFocus).map((p) => p.node.key)).toEqual(["de"]);
  });

  it("draws at most a readable number of links by default", () => {
    expect(GRAPH_LINK_LIMIT).toBeGreaterThanOrEqual(40);
    expect(GRAPH_LINK_LIMIT).toBeLessThanOrEqual(60);
    // 144 links as in the demo's survey period: 40 of 2 posts or more, 104 of one post.
    const many = Array.from({ length: 144 }, (_, i) => networkLink(`s${i}`, `t${i}`, i < 40 ? 2 : 1));
    const data = networkGraphData({ nodes: [], links: many, focusMission: null });
    expect(data.links).toHaveLength(40);
    expect(data.totalLinks).toBe(144);
    expect(data.drawnFromPosts).toBe(2);
  });
});
