/**
 * A ministry of issue 10's shape (300 missions, 1,500 accounts) through the
 * overview, the quarterly summary and the theme overview: more account ids
 * than SQLite binds in one statement, so the data layer must chunk them.
 * The figures are checked against plain SQL over the same store.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { buildSyntheticStore, MINISTRY_SCALE } from "../../scripts/bench/synthetic-ministry";
import { createPrismaClient } from "../prisma-client";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import type { MetricSettings } from "../metrics/settings";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const POSTS = 6000;

let database: TestDatabase;
let client: PrismaClient;
let settings: MetricSettings;
let dashboard: typeof import("./dashboard");
let summaries: typeof import("./summaries");

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  await buildSyntheticStore(client, { ...MINISTRY_SCALE, posts: POSTS });
  dashboard = await import("./dashboard");
  summaries = await import("./summaries");
  settings = await (await import("./settings")).getMetricSettings(client);
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const period = () => periodEndingAt(parseIsoDay(MINISTRY_SCALE.lastDay)!, 90);

describe("a ministry with 1,500 accounts", () => {
  it("has the shape the benchmark promises", async () => {
    expect(await client.mission.count()).toBe(300);
    expect(await client.account.count()).toBe(1500);
    expect(await client.post.count()).toBe(POSTS);
  });

  it("gets the overview: every account counted, period posts and weekly series as plain SQL counts them", async () => {
    const p = period();
    const result = await dashboard.getDashboard(analyst, p, settings);
    expect(result.kpis.statusCounts.total).toBe(1500);
    const inPeriod = await client.post.count({ where: { postedAt: { gte: p.start, lt: p.endExclusive } } });
    expect(inPeriod).toBeGreaterThan(0);
    expect(result.kpis.postsInPeriod).toBe(inPeriod);
    const engagement = await client.post.count({ where: { postedAt: { gte: p.start, lt: p.endExclusive }, category: "engagement" } });
    expect(result.kpis.counts.engagement).toBe(engagement);
    const weeklyTotal = result.weekly.reduce((sum, w) => sum + w.broadcast + w.engagement + w.amplification, 0);
    expect(weeklyTotal).toBe(inPeriod);
    const silent = await client.account.count({ where: { posts: { none: {} } } });
    expect(result.kpis.statusCounts.silent).toBe(silent);
  });

  it("gets the quarterly summary of the last quarter", async () => {
    const summary = await summaries.getQuarterSummary(analyst, { year: 2017, quarter: 4 }, settings, { now: new Date(Date.UTC(2018, 0, 2)) });
    expect(summary).not.toBeNull();
    expect(summary!.current.statusCounts.total).toBe(1500);
  });
});
