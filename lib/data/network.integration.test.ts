import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt, type Period } from "../metrics/dates";
import type { Viewer } from "../auth/permissions";
import type { AccountNetworkView, NetworkAccountNode } from "./network";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };
const surveyPeriod = () => periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

let database: TestDatabase;
let client: PrismaClient;
let network: typeof import("./network");
let missionIdBySlug: Map<string, string>;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  network = await import("./network");
  missionIdBySlug = new Map((await client.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const ambassadorOf = (slug: string): Viewer => ({ userId: null, role: "ambassador", missionId: missionIdBySlug.get(slug)! });

/**
 * Posts per (source account, target account) in the period, counted without
 * the data layer: every post of the period with its mentions, each handle it
 * names in any role checked against the accounts on its platform.
 */
async function linkPostsCountedIndependently(period: Period): Promise<Map<string, number>> {
  // The network is the ministry's institutional accounts (lib/data/account-scope.ts).
  const accounts = await client.account.findMany({ where: { ownerType: "institutional" }, select: { id: true, platform: true, handle: true } });
  const accountByPlatformHandle = new Map(accounts.map((a) => [`${a.platform}/${a.handle.toLowerCase()}`, a]));
  const posts = await client.post.findMany({
    where: { postedAt: { gte: period.start, lt: period.endExclusive }, account: { ownerType: "institutional" } },
    select: {
      accountId: true,
      replyToHandle: true,
      quotedHandle: true,
      repostOfHandle: true,
      mentions: { select: { handle: true } },
      account: { select: { platform: true } },
    },
  });
  const counts = new Map<string, number>();
  for (const post of posts) {
    const named = new Set(
      [post.replyToHandle, post.quotedHandle, post.repostOfHandle, ...post.mentions.map((m) => m.handle)]
        .filter((h): h is string => h !== null)
        .map((h) => h.replace(/^@/, "").toLowerCase()),
    );
    for (const handle of named) {
      const target = accountByPlatformHandle.get(`${post.account.platform}/${handle}`);
      if (!target || target.id === post.accountId) continue;
      const key = `${post.accountId}>${target.id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

const named = (view: AccountNetworkView) => view.nodes.filter((n): n is NetworkAccountNode => !n.anonymous);
const nodeByHandle = (view: AccountNetworkView, handle: string) => named(view).find((n) => n.account.handle === handle);

describe("the demo ministry's account network as of the survey date", () => {
  it("holds exactly the links a plain count of the posts finds", async () => {
    const view = (await network.getAccountNetwork(analyst, surveyPeriod()))!;
    const expected = await linkPostsCountedIndependently(surveyPeriod());
    const actual = new Map(view.links.map((l) => [`${l.sourceKey}>${l.targetKey}`, l.posts]));
    expect(expected.size).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
  });

  it("splits each link into types that add up to its posts", async () => {
    const view = (await network.getAccountNetwork(analyst, surveyPeriod()))!;
    for (const link of view.links) {
      expect(link.byType.reply + link.byType.mention + link.byType.quote + link.byType.repost).toBe(link.posts);
    }
    // Demo replies name the account they answer; they are replies, not also mentions.
    const replies = view.links.reduce((sum, l) => sum + l.byType.reply, 0);
    expect(replies).toBeGreaterThan(0);
  });

  it("derives reciprocity, isolation and receive-only accounts from those links", async () => {
    const view = (await network.getAccountNetwork(analyst, surveyPeriod()))!;
    const expected = await linkPostsCountedIndependently(surveyPeriod());
    const directed = new Set(expected.keys());
    const pairs = new Set([...directed].map((k) => k.split(">").sort().join("|")));
    const reciprocal = [...pairs].filter((p) => {
      const [a, b] = p.split("|");
      return directed.has(`${a}>${b}`) && directed.has(`${b}>${a}`);
    });
    expect(view.ministry.linkedPairs).toBe(pairs.size);
    expect(view.ministry.reciprocalPairs).toBe(reciprocal.length);
    expect(view.ministry.reciprocity).toBeCloseTo(reciprocal.length / pairs.size, 10);
    expect(view.ministry.accounts).toBe(29);

    const sources = new Set([...directed].map((k) => k.split(">")[0]));
    const targets = new Set([...directed].map((k) => k.split(">")[1]));
    for (const node of named(view)) {
      const id = node.account.id;
      expect(node.figures.receiveOnly, node.account.handle).toBe(targets.has(id) && !sources.has(id));
      expect(node.figures.isolated, node.account.handle).toBe(!targets.has(id) && !sources.has(id));
    }
    // The survey's story: HQ's dormant English account is still linked to, and links to no one.
    expect(nodeByHandle(view, "demo_mn_mfa_en")?.figures).toMatchObject({ linksOut: 0, receiveOnly: true });
    expect(view.ministry.receiveOnlyAccounts).toBeGreaterThan(1);
  });

  it("sums a mission's links with other missions", async () => {
    const view = (await network.getAccountNetwork(analyst, surveyPeriod()))!;
    const hq = missionIdBySlug.get("mfa-hq")!;
    const hqAccounts = new Set(named(view).filter((n) => n.mission.id === hq).map((n) => n.account.id));
    const row = view.missions.find((m) => m.missionId === hq)!;
    const outside = (id: string) => !hqAccounts.has(id);
    const sum = (pred: (l: AccountNetworkView["links"][number]) => boolean) => view.links.filter(pred).reduce((s, l) => s + l.posts, 0);
    expect(row.accounts).toBe(2);
    expect(row.linksIn).toBe(sum((l) => outside(l.sourceKey) && hqAccounts.has(l.targetKey)));
    expect(row.linksOut).toBe(sum((l) => hqAccounts.has(l.sourceKey) && outside(l.targetKey)));
    expect(row.linksWithin).toBe(sum((l) => hqAccounts.has(l.sourceKey) && hqAccounts.has(l.targetKey)));
    expect(view.missions).toHaveLength(28);
  });

  it("points every link at the posts behind it", async () => {
    const view = (await network.getAccountNetwork(analyst, surveyPeriod()))!;
    const handleById = new Map(named(view).map((n) => [n.account.id, n.account.handle]));
    for (const link of view.links) expect(link.postsFilter).toEqual({ account: link.sourceKey, with: handleById.get(link.targetKey) });
  });

  it("counts nothing in a period without posts: every account isolated", async () => {
    const view = (await network.getAccountNetwork(analyst, periodEndingAt(parseIsoDay("2009-01-31")!, 30)))!;
    expect(view.links).toEqual([]);
    expect(view.ministry).toMatchObject({ links: 0, reciprocity: null, isolatedAccounts: 29, receiveOnlyAccounts: 0 });
  });
});

describe("who sees what", () => {
  it("gives leadership the same whole network as HQ", async () => {
    const [hq, leaders] = await Promise.all([
      network.getAccountNetwork(analyst, surveyPeriod()),
      network.getAccountNetwork(leadership, surveyPeriod()),
    ]);
    expect(leaders).toEqual(hq);
    expect(leaders!.anonymised).toBe(false);
    expect(leaders!.focusMission).toBeNull();
  });

  it("shows an ambassador their own accounts by name and every other mission's account anonymously", async () => {
    const singapore = missionIdBySlug.get("singapore")!;
    const view = (await network.getAccountNetwork(ambassadorOf("singapore"), surveyPeriod()))!;
    expect(view.anonymised).toBe(true);
    expect(view.focusMission?.id).toBe(singapore);
    expect(named(view).map((n) => n.account.handle)).toEqual(["demo_mn_singapore"]);
    const anonymous = view.nodes.filter((n) => n.anonymous);
    expect(anonymous.length).toBeGreaterThan(3);
    expect(anonymous.map((n) => n.key)).toEqual(anonymous.map((_, i) => `other-${i + 1}`));
    expect(view.missions.map((m) => m.missionId)).toEqual([singapore]);

    // Nothing in the view names another mission or its accounts.
    const serialized = JSON.stringify(view);
    const others = await client.account.findMany({ where: { missionId: { not: singapore } }, select: { id: true, handle: true, mission: { select: { id: true, name: true, slug: true } } } });
    for (const other of others) {
      for (const secret of [other.id, other.handle, other.mission.id, `"${other.mission.name}"`, `"${other.mission.slug}"`]) {
        expect(serialized.includes(secret), secret).toBe(false);
      }
    }
    // Links with anonymous accounts lead to no post list, which would name them.
    for (const link of view.links) {
      const anonymousEnd = link.sourceKey.startsWith("other-") || link.targetKey.startsWith("other-");
      expect(link.postsFilter === null).toBe(anonymousEnd);
    }
  });

  it("gives the ambassador's own accounts the same figures HQ sees, and the ministry's anonymous totals", async () => {
    const [hq, own] = await Promise.all([
      network.getAccountNetwork(analyst, surveyPeriod()),
      network.getAccountNetwork(ambassadorOf("singapore"), surveyPeriod()),
    ]);
    expect(nodeByHandle(own!, "demo_mn_singapore")).toEqual(nodeByHandle(hq!, "demo_mn_singapore"));
    expect(own!.ministry).toEqual(hq!.ministry);
    const id = nodeByHandle(hq!, "demo_mn_singapore")!.account.id;
    const hqLinks = hq!.links.filter((l) => l.sourceKey === id || l.targetKey === id);
    expect(own!.links.map((l) => l.posts).sort()).toEqual(hqLinks.map((l) => l.posts).sort());
  });

  it("refuses an ambassador another mission's network, as if it did not exist", async () => {
    const germany = missionIdBySlug.get("germany")!;
    expect(await network.getAccountNetwork(ambassadorOf("singapore"), surveyPeriod(), { missionId: germany })).toBeNull();
    expect(await network.getAccountNetwork(ambassadorOf("singapore"), surveyPeriod(), { missionId: "no-such-mission" })).toBeNull();
    const own = await network.getAccountNetwork(ambassadorOf("singapore"), surveyPeriod(), { missionId: missionIdBySlug.get("singapore")! });
    expect(own?.focusMission?.slug).toBe("singapore");
  });

  it("shows an ambassador bound to no mission nothing", async () => {
    expect(await network.getAccountNetwork({ userId: null, role: "ambassador", missionId: null }, surveyPeriod())).toBeNull();
  });

  it("lets HQ narrow the network to one mission, partners named; an unknown mission is not found", async () => {
    const germany = missionIdBySlug.get("germany")!;
    const view = (await network.getAccountNetwork(analyst, surveyPeriod(), { missionId: germany }))!;
    expect(view.focusMission?.slug).toBe("germany");
    expect(view.anonymised).toBe(false);
    expect(view.nodes.every((n) => !n.anonymous)).toBe(true);
    const germanIds = new Set(named(view).filter((n) => n.mission.id === germany).map((n) => n.account.id));
    expect(germanIds.size).toBe(1);
    expect(view.links.length).toBeGreaterThan(0);
    for (const link of view.links) expect(germanIds.has(link.sourceKey) || germanIds.has(link.targetKey)).toBe(true);
    expect(await network.getAccountNetwork(analyst, surveyPeriod(), { missionId: "no-such-mission" })).toBeNull();
  });
});
