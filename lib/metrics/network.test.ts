import { describe, expect, it } from "vitest";
import {
  accountLinks,
  accountNetworkFigures,
  missionNetworkFigures,
  networkMetrics,
  reciprocity,
  resolveLinkTargets,
  type NetworkAccount,
  type NetworkEdge,
} from "./network";

/*
 * The hand-worked network used below. Missions M1 {a, b}, M2 {c, f}, M3 {d}, M4 {e}.
 *
 *   a → c  2 replies + 1 mention = 3     c → a  1 mention
 *   b → a  4 reposts (within M1)         d → a  1 quote
 *   d → c  2 mentions                    d → f  1 repost
 *   a → a  5 mentions of itself (not a link)
 *
 * Linked pairs {a,c} {a,b} {a,d} {c,d} {d,f} = 5, of which {a,c} goes both ways: reciprocity 1/5.
 * e neither links nor is linked: isolated. f is linked to but links to nobody: receive-only.
 */
const accounts: NetworkAccount[] = [
  { id: "a", missionId: "M1" },
  { id: "b", missionId: "M1" },
  { id: "c", missionId: "M2" },
  { id: "d", missionId: "M3" },
  { id: "e", missionId: "M4" },
  { id: "f", missionId: "M2" },
];
const edges: NetworkEdge[] = [
  { sourceId: "a", targetId: "c", type: "reply", posts: 2 },
  { sourceId: "a", targetId: "c", type: "mention", posts: 1 },
  { sourceId: "c", targetId: "a", type: "mention", posts: 1 },
  { sourceId: "b", targetId: "a", type: "repost", posts: 4 },
  { sourceId: "d", targetId: "a", type: "quote", posts: 1 },
  { sourceId: "d", targetId: "c", type: "mention", posts: 2 },
  { sourceId: "d", targetId: "f", type: "repost", posts: 1 },
  { sourceId: "a", targetId: "a", type: "mention", posts: 5 },
];

const figuresOf = (id: string) => networkMetrics(accounts, edges).accounts.find((f) => f.accountId === id)!;
const missionOf = (id: string) => networkMetrics(accounts, edges).missions.find((m) => m.missionId === id)!;

describe("accountLinks", () => {
  it("merges interaction types per direction and drops self-links", () => {
    const links = accountLinks(accounts, edges);
    expect(links).toHaveLength(6);
    const ac = links.find((l) => l.sourceId === "a" && l.targetId === "c")!;
    expect(ac).toEqual({
      sourceId: "a",
      targetId: "c",
      posts: 3,
      byType: { reply: 2, mention: 1, quote: 0, repost: 0 },
      reciprocated: true,
    });
    expect(links.find((l) => l.sourceId === "b" && l.targetId === "a")?.reciprocated).toBe(false);
    expect(links.some((l) => l.sourceId === l.targetId)).toBe(false);
  });

  it("lists the heaviest links first", () => {
    expect(accountLinks(accounts, edges).map((l) => `${l.sourceId}${l.targetId}:${l.posts}`)).toEqual([
      "ba:4",
      "ac:3",
      "dc:2",
      "ca:1",
      "da:1",
      "df:1",
    ]);
  });

  it("ignores edges to accounts outside the list and edges without posts", () => {
    const links = accountLinks(accounts, [
      { sourceId: "a", targetId: "zz", type: "mention", posts: 3 },
      { sourceId: "a", targetId: "b", type: "mention", posts: 0 },
    ]);
    expect(links).toEqual([]);
  });
});

describe("reciprocity", () => {
  it("is reciprocal pairs over linked pairs: 1 of 5", () => {
    expect(reciprocity(accountLinks(accounts, edges))).toEqual({
      linkedPairs: 5,
      reciprocalPairs: 1,
      reciprocity: 0.2,
    });
  });

  it("counts a pair once however many posts go each way", () => {
    // x ⇄ y with 10 posts one way and 1 back, z → x: pairs {x,y} {x,z}, one reciprocal.
    const links = [
      { sourceId: "x", targetId: "y" },
      { sourceId: "y", targetId: "x" },
      { sourceId: "z", targetId: "x" },
    ];
    expect(reciprocity(links)).toEqual({ linkedPairs: 2, reciprocalPairs: 1, reciprocity: 0.5 });
  });

  it("is 1 when every link is returned", () => {
    expect(
      reciprocity([
        { sourceId: "x", targetId: "y" },
        { sourceId: "y", targetId: "x" },
      ]).reciprocity,
    ).toBe(1);
  });

  it("is null, not 0, when nothing is linked", () => {
    expect(reciprocity([])).toEqual({ linkedPairs: 0, reciprocalPairs: 0, reciprocity: null });
  });

  it("does not count a link to oneself as a pair", () => {
    expect(reciprocity([{ sourceId: "x", targetId: "x" }])).toEqual({
      linkedPairs: 0,
      reciprocalPairs: 0,
      reciprocity: null,
    });
  });
});

describe("accountNetworkFigures", () => {
  it("counts a's links in (1 + 4 + 1) and out (3), three partners, one reciprocal", () => {
    expect(figuresOf("a")).toEqual({
      accountId: "a",
      missionId: "M1",
      linksIn: 6,
      linksOut: 3,
      partnersIn: 3,
      partnersOut: 1,
      partners: 3,
      reciprocalPartners: 1,
      isolated: false,
      receiveOnly: false,
    });
  });

  it("counts c's links in (3 + 2) and out (1)", () => {
    expect(figuresOf("c")).toMatchObject({
      linksIn: 5,
      linksOut: 1,
      partnersIn: 2,
      partnersOut: 1,
      partners: 2,
      reciprocalPartners: 1,
    });
  });

  it("gives d, which links to three accounts and hears from none, no flag", () => {
    expect(figuresOf("d")).toMatchObject({
      linksIn: 0,
      linksOut: 4,
      partnersOut: 3,
      partners: 3,
      reciprocalPartners: 0,
      isolated: false,
      receiveOnly: false,
    });
  });

  it("flags an account with no links either way as isolated", () => {
    expect(figuresOf("e")).toMatchObject({ linksIn: 0, linksOut: 0, partners: 0, isolated: true, receiveOnly: false });
  });

  it("flags an account that is linked to but links to no one as receive-only", () => {
    expect(figuresOf("f")).toMatchObject({
      linksIn: 1,
      linksOut: 0,
      partnersIn: 1,
      isolated: false,
      receiveOnly: true,
    });
  });

  it("counts an account whose only links are to itself as isolated", () => {
    const figures = accountNetworkFigures(
      [{ id: "s", missionId: "M" }],
      accountLinks([{ id: "s", missionId: "M" }], [{ sourceId: "s", targetId: "s", type: "mention", posts: 3 }]),
    );
    expect(figures[0]).toMatchObject({ linksIn: 0, linksOut: 0, isolated: true });
  });

  it("finds the headquarters account that receives links but gives none", () => {
    // Two missions mention HQ; HQ posts only broadcasts (no edges from it).
    const ministry: NetworkAccount[] = [
      { id: "hq", missionId: "HQ" },
      { id: "tokyo", missionId: "JP" },
      { id: "berlin", missionId: "DE" },
    ];
    const result = networkMetrics(ministry, [
      { sourceId: "tokyo", targetId: "hq", type: "mention", posts: 2 },
      { sourceId: "berlin", targetId: "hq", type: "repost", posts: 1 },
      { sourceId: "berlin", targetId: "tokyo", type: "reply", posts: 1 },
    ]);
    expect(result.summary.receiveOnlyAccountIds).toEqual(["hq"]);
    expect(result.summary.isolatedAccountIds).toEqual([]);
    expect(result.summary.reciprocity).toBe(0);
  });
});

describe("missionNetworkFigures", () => {
  it("counts M1's links with other missions apart from those within it", () => {
    // in: c → a 1, d → a 1; out: a → c 3; within: b → a 4
    expect(missionOf("M1")).toEqual({
      missionId: "M1",
      accounts: 2,
      linksIn: 2,
      linksOut: 3,
      linksWithin: 4,
      partnerMissionsIn: 2,
      partnerMissionsOut: 1,
      partnerMissions: 2,
      reciprocalPartnerMissions: 1,
      isolatedAccounts: 0,
      receiveOnlyAccounts: 0,
    });
  });

  it("rolls up M2: in 3 + 2 + 1, out 1, one receive-only account", () => {
    expect(missionOf("M2")).toMatchObject({
      accounts: 2,
      linksIn: 6,
      linksOut: 1,
      linksWithin: 0,
      partnerMissionsIn: 2,
      partnerMissionsOut: 1,
      reciprocalPartnerMissions: 1,
      receiveOnlyAccounts: 1,
    });
  });

  it("rolls up M3, which only gives, and M4, which is isolated", () => {
    expect(missionOf("M3")).toMatchObject({
      linksIn: 0,
      linksOut: 4,
      partnerMissionsOut: 2,
      partnerMissions: 2,
      reciprocalPartnerMissions: 0,
      isolatedAccounts: 0,
    });
    expect(missionOf("M4")).toMatchObject({
      accounts: 1,
      linksIn: 0,
      linksOut: 0,
      partnerMissions: 0,
      isolatedAccounts: 1,
    });
  });

  it("lists missions in the order of their first account", () => {
    expect(missionNetworkFigures(accounts, accountLinks(accounts, edges)).map((m) => m.missionId)).toEqual([
      "M1",
      "M2",
      "M3",
      "M4",
    ]);
  });
});

describe("networkMetrics summary", () => {
  it("adds up the hand-worked network", () => {
    expect(networkMetrics(accounts, edges).summary).toEqual({
      accounts: 6,
      links: 12,
      linkedPairs: 5,
      reciprocalPairs: 1,
      reciprocity: 0.2,
      isolatedAccountIds: ["e"],
      receiveOnlyAccountIds: ["f"],
    });
  });

  it("calls every account isolated in a network without links", () => {
    const result = networkMetrics(accounts, []);
    expect(result.summary.isolatedAccountIds).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(result.summary.reciprocity).toBeNull();
    expect(result.links).toEqual([]);
  });
});

describe("resolveLinkTargets", () => {
  const ministry = [
    { id: "mfa", missionId: "HQ", platform: "x", handle: "Demo_MN_MFA" },
    { id: "tokyo", missionId: "JP", platform: "x", handle: "demo_mn_japan" },
    { id: "tokyo-masto", missionId: "JP", platform: "mastodon", handle: "demo_mn_mfa" },
  ];

  it("matches handles case-insensitively and without @, on the source's platform only", () => {
    expect(
      resolveLinkTargets(ministry, [
        { sourceId: "tokyo", targetHandle: "@demo_mn_mfa", type: "mention", posts: 2 },
        { sourceId: "tokyo", targetHandle: "DEMO_MN_MFA", type: "reply", posts: 1 },
        { sourceId: "mfa", targetHandle: "demo_mn_japan", type: "quote", posts: 4 },
      ]),
    ).toEqual([
      { sourceId: "tokyo", targetId: "mfa", type: "mention", posts: 2 },
      { sourceId: "tokyo", targetId: "mfa", type: "reply", posts: 1 },
      { sourceId: "mfa", targetId: "tokyo", type: "quote", posts: 4 },
    ]);
  });

  it("links the Mastodon account to no X account of the same name", () => {
    expect(
      resolveLinkTargets(ministry, [
        { sourceId: "tokyo-masto", targetHandle: "demo_mn_japan", type: "mention", posts: 1 },
      ]),
    ).toEqual([]);
  });

  it("drops handles of no ministry account, the source's own handle and unknown sources", () => {
    expect(
      resolveLinkTargets(ministry, [
        { sourceId: "tokyo", targetHandle: "demo_jp_news", type: "mention", posts: 9 },
        { sourceId: "mfa", targetHandle: "demo_mn_mfa", type: "repost", posts: 3 },
        { sourceId: "nobody", targetHandle: "demo_mn_mfa", type: "mention", posts: 1 },
      ]),
    ).toEqual([]);
  });
});
