import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { postInteractions } from "../metrics/stakeholders";
import type { Viewer } from "../auth/permissions";
import { AppError } from "../errors";
import type { ImportProblem } from "../import/types";
import { problemText } from "../import/problem-text";
import type { StakeholderQuery } from "../validations/stakeholders";

let database: TestDatabase;
let client: PrismaClient;
let stakeholders: typeof import("./stakeholders");
let posts: typeof import("./posts");
let analyst: Viewer;
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };
let singaporeAmbassador: Viewer;
let ids: { singapore: string; germany: string };

const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
const everything: StakeholderQuery = { missionId: null, category: null, search: null, page: 1 };
const noPostFilters = { missionId: null, accountId: null, themeId: null, category: null, allTime: false, page: 1 };

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  stakeholders = await import("./stakeholders");
  posts = await import("./posts");
  const [singapore, germany, analystUser] = await Promise.all([
    client.mission.findUniqueOrThrow({ where: { slug: "singapore" } }),
    client.mission.findUniqueOrThrow({ where: { slug: "germany" } }),
    client.user.findUniqueOrThrow({ where: { email: "analyst@chancery.demo" } }),
  ]);
  ids = { singapore: singapore.id, germany: germany.id };
  analyst = { userId: analystUser.id, role: "analyst", missionId: null };
  singaporeAmbassador = { userId: null, role: "ambassador", missionId: singapore.id };
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

/** The directory computed the slow way: every post of the period through the pure rule. */
async function expectedDirectory(missionId: string | null) {
  const own = await client.account.findMany({ select: { handle: true } });
  const ownHandles = new Set(own.map((a) => a.handle.toLowerCase()));
  const rows = await client.post.findMany({
    where: { postedAt: { gte: period.start, lt: period.endExclusive }, account: { ownerType: "institutional", ...(missionId ? { missionId } : {}) } },
    select: { replyToHandle: true, quotedHandle: true, repostOfHandle: true, mentions: { select: { handle: true } }, account: { select: { handle: true, missionId: true } } },
  });
  const byHandle = new Map<string, { interactions: number; engagement: number; missions: Set<string> }>();
  for (const post of rows) {
    for (const { handle, type } of postInteractions({ authorHandle: post.account.handle, replyToHandle: post.replyToHandle, quotedHandle: post.quotedHandle, repostOfHandle: post.repostOfHandle, mentions: post.mentions.map((m) => m.handle) }, ownHandles)) {
      const entry = byHandle.get(handle) ?? { interactions: 0, engagement: 0, missions: new Set<string>() };
      entry.interactions += 1;
      if (type !== "repost") entry.engagement += 1;
      entry.missions.add(post.account.missionId);
      byHandle.set(handle, entry);
    }
  }
  return byHandle;
}

describe("stakeholder directory on the demo store", () => {
  it("aggregates the same interactions, missions and totals as the pure rule over every post", async () => {
    const expected = await expectedDirectory(null);
    const directory = await stakeholders.getStakeholderDirectory(analyst, period, everything, 1000);
    const ministryHandles = new Set((await client.account.findMany({ select: { handle: true } })).map((a) => a.handle.toLowerCase()));
    expect(directory.all).toBe(expected.size);
    expect(directory.total).toBe(expected.size);
    expect(directory.rows.length).toBeGreaterThan(20);
    for (const row of directory.rows) {
      const want = expected.get(row.handle);
      expect(want, row.handle).toBeDefined();
      expect(row.interactions, row.handle).toBe(want!.interactions);
      expect(row.engagementInteractions, row.handle).toBe(want!.engagement);
      expect(row.missions, row.handle).toBe(want!.missions.size);
      expect(row.counts.reply + row.counts.quote + row.counts.mention + row.counts.repost).toBe(row.interactions);
      expect(ministryHandles.has(row.handle), "no ministry account is a stakeholder").toBe(false);
    }
    const sorted = [...directory.rows].map((r) => r.interactions);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(directory.rows.find((r) => r.handle === "demo_united_nations")?.label?.category).toBe("international_organisation");
    expect(directory.labelled).toBeGreaterThan(0);
    expect(directory.labelled).toBeLessThan(directory.all);
  });

  it("counts click through to the same number of posts in the post list", async () => {
    const directory = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, missionId: ids.singapore });
    const top = directory.rows[0]!;
    const list = await posts.getPostList(analyst, period, { ...noPostFilters, missionId: ids.singapore, withHandle: top.handle });
    expect(list.total).toBe(top.interactions);
    // Handles compare case-insensitively: a differently spelled mention still counts.
    const spelled = await posts.getPostList(analyst, period, { ...noPostFilters, missionId: ids.singapore, withHandle: top.handle.toUpperCase().toLowerCase() });
    expect(spelled.total).toBe(top.interactions);
  });

  it("filters by unlabelled, category and search, and pages", async () => {
    const unlabelled = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, category: "unlabelled" }, 1000);
    expect(unlabelled.rows.length).toBeGreaterThan(0);
    expect(unlabelled.rows.every((r) => r.label === null)).toBe(true);
    const media = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, category: "media" }, 1000);
    expect(media.rows.every((r) => r.label?.category === "media" && r.handle.endsWith("_news"))).toBe(true);
    const search = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, search: "UNITED_NATIONS" }, 1000);
    expect(search.rows.map((r) => r.handle)).toEqual(["demo_united_nations"]);
    const byName = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, search: "ASEM (demo" }, 1000);
    expect(byName.rows.map((r) => r.handle)).toEqual(["demo_asem_info"]);
    expect((await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, search: "%" }, 1000)).total).toBe(0);
    const page2 = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, page: 2 }, 5);
    const all = await stakeholders.getStakeholderDirectory(analyst, period, everything, 10);
    expect(page2.rows.map((r) => r.handle)).toEqual(all.rows.slice(5, 10).map((r) => r.handle));
  });

  it("gives shares that add up to 1 and match the directory's labels", async () => {
    const insights = await stakeholders.getStakeholderInsights(analyst, period, ids.singapore);
    const directory = await stakeholders.getStakeholderDirectory(analyst, period, { ...everything, missionId: ids.singapore }, 1000);
    const media = directory.rows.filter((r) => r.label?.category === "media").reduce((s, r) => s + r.engagementInteractions, 0);
    const total = directory.rows.reduce((s, r) => s + r.engagementInteractions, 0);
    expect(insights.engagementInteractions).toBe(total);
    expect(insights.shares.find((s) => s.category === "media")?.interactions).toBe(media);
    expect(insights.shares.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(1, 10);
    expect(insights.top.length).toBeGreaterThan(0);
    expect(insights.top[0]!.engagementInteractions).toBe(Math.max(...directory.rows.map((r) => r.engagementInteractions)));
    const perMission = await stakeholders.getMissionCategoryShares(analyst, period);
    expect(perMission.find((m) => m.missionId === ids.singapore)?.engagementInteractions).toBe(total);
  });
});

describe("stakeholder scope by role", () => {
  it("gives an ambassador only their own mission's interactions and refuses another mission", async () => {
    const own = await stakeholders.getStakeholderDirectory(singaporeAmbassador, period, everything, 1000);
    const expected = await expectedDirectory(ids.singapore);
    expect(own.all).toBe(expected.size);
    expect(own.rows.every((r) => r.missions === 1)).toBe(true);
    await expect(stakeholders.getStakeholderDirectory(singaporeAmbassador, period, { ...everything, missionId: ids.germany })).rejects.toMatchObject({ code: "not_found" });
    await expect(stakeholders.getStakeholderInsights(singaporeAmbassador, period, ids.germany)).rejects.toMatchObject({ code: "not_found" });
    expect(await stakeholders.getStakeholderMission(singaporeAmbassador, ids.germany)).toBeNull();
    expect((await stakeholders.getMissionCategoryShares(singaporeAmbassador, period)).map((m) => m.missionId)).toEqual([ids.singapore]);
    const withList = await posts.getPostList(singaporeAmbassador, period, { ...noPostFilters, withHandle: "demo_united_nations" });
    expect(withList.items.every((p) => p.account.mission.id === ids.singapore)).toBe(true);
  });

  it("lets neither an ambassador nor leadership label", async () => {
    for (const viewer of [singaporeAmbassador, leadership]) {
      await expect(stakeholders.labelStakeholder(viewer, { platform: "x", handle: "someone", category: "media", displayName: undefined, note: undefined })).rejects.toMatchObject({ code: "forbidden" });
      await expect(stakeholders.importStakeholderLabels(viewer, "platform,handle,category\nx,someone,media\n")).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await client.stakeholder.count({ where: { handle: "someone" } })).toBe(0);
  });
});

describe("labelling", () => {
  it("labels one account with an audit entry", async () => {
    await stakeholders.labelStakeholder(analyst, { platform: "x", handle: "demo_sg_university", category: "civil_society", displayName: "NUS (demo)", note: "checked" });
    const saved = await client.stakeholder.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "demo_sg_university" } } });
    expect(saved).toMatchObject({ category: "civil_society", displayName: "NUS (demo)", note: "checked", labelledById: analyst.userId });
    const audit = await client.auditEntry.findFirst({ where: { action: "stakeholders_labelled", targetId: "x:demo_sg_university" } });
    expect(JSON.parse(audit!.details)).toMatchObject({ source: "single", count: 1 });
  });

  it("bulk-labels several accounts with one category, keeping names, and refuses the lot if one is a ministry account", async () => {
    const before = await client.stakeholder.count();
    await expect(
      stakeholders.labelStakeholders(analyst, { category: "media", targets: [{ platform: "x", handle: "demo_zz_a" }, { platform: "x", handle: "demo_mn_mfa" }] }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await client.stakeholder.count()).toBe(before);
    const written = await stakeholders.labelStakeholders(analyst, {
      category: "other",
      targets: [{ platform: "x", handle: "demo_sg_university" }, { platform: "x", handle: "demo_zz_b" }, { platform: "x", handle: "demo_zz_b" }],
    });
    expect(written).toBe(2);
    expect(await client.stakeholder.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "demo_sg_university" } } })).toMatchObject({ category: "other", displayName: "NUS (demo)" });
  });

  it("imports a CSV of labels, all or nothing, naming the lines at fault", async () => {
    const before = await client.stakeholder.findMany({ orderBy: { id: "asc" } });
    const bad = ["platform,handle,category,displayName", "x,demo_csv_one,media,One", "x,demo_csv_two,gossip,Two", "myspace,demo_csv_three,media,", "x,@Demo_CSV_One,media,Again"].join("\n");
    const refusal = await stakeholders.importStakeholderLabels(analyst, bad).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    const problems = (refusal as AppError).params!.problems as ImportProblem[];
    expect(problems.map((p) => [p.line, p.field])).toEqual([[3, "category"], [4, "platform"], [5, "handle"]]);
    expect(problemText(problems[0]!)).toContain("gossip");
    expect(await client.stakeholder.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    const unknownColumn = await stakeholders.importStakeholderLabels(analyst, "platform,handle,kind\nx,a,media\n").catch((e: unknown) => e);
    expect(((unknownColumn as AppError).params!.problems as ImportProblem[])[0]!.line).toBe(1);

    const good = "\uFEFFplatform;handle;category;note\nX;@Demo_CSV_One;MEDIA;from the press office\nbluesky;someone.bsky.social;diaspora;\n";
    expect(await stakeholders.importStakeholderLabels(analyst, good)).toBe(2);
    expect(await client.stakeholder.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "demo_csv_one" } } })).toMatchObject({ category: "media", note: "from the press office" });
    expect(await client.auditEntry.count({ where: { action: "stakeholder_labels_imported" } })).toBe(1);
  });

  it("refuses a file over the size limit", async () => {
    const big = "platform,handle,category\n" + "x,demo_big,media\n".repeat(40_000);
    await expect(stakeholders.importStakeholderLabels(analyst, big)).rejects.toMatchObject({ code: "invalid" });
    expect(await client.stakeholder.count({ where: { handle: "demo_big" } })).toBe(0);
  });
});
