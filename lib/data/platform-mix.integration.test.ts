import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE, SURVEY_MISSIONS } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { DEFAULT_METRIC_SETTINGS } from "../metrics/settings";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };
const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

let database: TestDatabase;
let client: PrismaClient;
let mix: typeof import("./platform-mix");

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  mix = await import("./platform-mix");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("platform and format mix", () => {
  it("ships the reference adoption of platforms by foreign ministries with its source and year", async () => {
    const rows = await client.platformAdoption.findMany({ orderBy: { ministries: "desc" } });
    expect(rows.map((r) => [r.platform, r.ministries])).toEqual([
      ["website", 170],
      ["twitter", 114],
      ["facebook", 89],
      ["youtube", 75],
      ["flickr", 47],
      ["linkedin", 44],
      ["instagram", 15],
      ["blog", 9],
      ["google_plus", 8],
    ]);
    expect(new Set(rows.map((r) => `${r.source} ${r.year}`)).size).toBe(1);
    expect(rows[0]!.source).toMatch(/DiploFoundation/);
    expect(rows[0]!.year).toBe(2016);
  });

  it("shows the demo ministry as present on microblogs only, with the survey's active missions, against the target mix", async () => {
    const result = await mix.getPlatformMix(analyst, period, DEFAULT_METRIC_SETTINGS);
    const activeMissions = SURVEY_MISSIONS.filter((m) => m.accounts.some((a) => a.status === "active")).length;
    const microblog = result.ministry.find((s) => s.format === "microblog")!;
    expect([microblog.missionsPresent, microblog.missionsActive, microblog.missions]).toEqual([SURVEY_MISSIONS.length, activeMissions, SURVEY_MISSIONS.length]);
    expect(result.ministry.find((s) => s.format === "blog_website")).toMatchObject({ missionsPresent: 0, inTarget: true });
    // Every mission lacks a website and a social network; a dormant one lacks an active microblog too.
    const germany = result.missions.find((m) => m.name === "Germany")!;
    expect(germany.gaps).toEqual(["blog_website", "microblog", "social_network"]);
    const singapore = result.missions.find((m) => m.name === "Singapore")!;
    expect(singapore.gaps).toEqual(["blog_website", "social_network"]);
    const twitter = result.adoption.find((r) => r.platform === "twitter")!;
    expect([twitter.rank, twitter.missionsPresent, twitter.missionsActive]).toEqual([2, SURVEY_MISSIONS.length, activeMissions]);
  });

  it("gives an ambassador their own mission's row and the ministry only as counts", async () => {
    const germanyId = (await client.mission.findUniqueOrThrow({ where: { slug: "germany" } })).id;
    const own = await mix.getPlatformMix({ userId: null, role: "ambassador", missionId: germanyId }, period, DEFAULT_METRIC_SETTINGS);
    const all = await mix.getPlatformMix(analyst, period, DEFAULT_METRIC_SETTINGS);
    expect(own.missions.map((m) => m.id)).toEqual([germanyId]);
    expect(own.ministry).toEqual(all.ministry);
  });

  it("lets HQ change the target mix with an audit entry, and refuses leadership", async () => {
    await expect(mix.setTargetFormats(leadership, ["video"])).rejects.toMatchObject({ code: "forbidden" });
    expect(await mix.getTargetFormats()).toEqual(["blog_website", "microblog", "social_network"]);
    expect(await mix.setTargetFormats(analyst, ["video", "microblog", "video"])).toEqual(["microblog", "video"]);
    const result = await mix.getPlatformMix(analyst, period, DEFAULT_METRIC_SETTINGS);
    expect(result.missions.find((m) => m.name === "Singapore")!.gaps).toEqual(["video"]);
    const audit = await client.auditEntry.findFirstOrThrow({ where: { action: "platform_targets_changed" } });
    expect(JSON.parse(audit.details)).toEqual({ from: ["blog_website", "microblog", "social_network"], to: ["microblog", "video"] });
    await mix.setTargetFormats(analyst, ["blog_website", "microblog", "social_network"]);
  });
});
