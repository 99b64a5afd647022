import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { addDays, parseIsoDay, periodEndingAt, startOfUtcDay, type Period } from "../metrics/dates";
import type { MetricSettings } from "../metrics/settings";
import { isDormancyGap, statusHistory } from "../metrics/status-history";
import type { Viewer } from "../auth/permissions";
import { refreshRollups } from "./rollups/refresh";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };

let database: TestDatabase;
let client: PrismaClient;
let accounts: typeof import("./accounts");
let figures: typeof import("./account-figures");
let settings: MetricSettings;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  accounts = await import("./accounts");
  figures = await import("./account-figures");
  settings = await (await import("./settings")).getMetricSettings(client);
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const surveyPeriod = (): Period => periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
const accountByHandle = (handle: string) =>
  client.account.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle } } });

describe("getAccountDetail", () => {
  it("ends Germany's history dormant since T + 1 days after its last posting day", async () => {
    const germany = await accountByHandle("demo_mn_germany");
    const detail = await accounts.getAccountDetail(analyst, germany.id, surveyPeriod(), settings);
    expect(detail).not.toBeNull();
    const lastPostAt = detail!.figures.lastPostAt!;
    expect(lastPostAt.toISOString().slice(0, 7)).toBe("2015-07");
    const final = detail!.statusHistory.at(-1)!;
    expect(final).toEqual({ status: "dormant", from: addDays(startOfUtcDay(lastPostAt), 91), to: null });
    expect(detail!.statusHistory[0]?.status).not.toBe("dormant");
    expect(detail!.account.mission.name).toBe("Germany");
    expect(detail!.account.handle).toBe("demo_mn_germany");
    expect(detail!.account.isDemo).toBe(true);
  });

  it("returns the same figures as getAccountFigures and the cadence in the period", async () => {
    const singapore = await accountByHandle("demo_mn_singapore");
    const detail = await accounts.getAccountDetail(analyst, singapore.id, surveyPeriod(), settings);
    const [expected] = await figures.getAccountFigures(client, [singapore.id], surveyPeriod(), settings);
    expect(detail?.figures).toEqual(expected);
    expect(expected!.postsInPeriod).toBeGreaterThan(0);
    expect(detail?.cadence).toBeCloseTo((expected!.postsInPeriod * 7) / 90, 12);
    expect(detail?.statusHistory.at(-1)).toMatchObject({ status: "active", to: null });
  });

  it("finds in SQL the same history as a scan of every post", async () => {
    for (const handle of ["demo_mn_germany", "demo_mn_singapore", "demo_mn_mfa_en", "demo_mn_poland"]) {
      const account = await accountByHandle(handle);
      for (const asOf of ["2014-03-01", "2016-01-15", SURVEY_DATE]) {
        const period = periodEndingAt(parseIsoDay(asOf)!, 90);
        const posts = await client.post.findMany({
          where: { accountId: account.id, postedAt: { lt: period.endExclusive } },
          select: { postedAt: true },
          orderBy: { postedAt: "asc" },
        });
        const times = posts.map((p) => p.postedAt);
        const gaps = times.slice(1).flatMap((next, i) =>
          isDormancyGap(times[i]!, next, settings.dormancyThresholdDays) ? [{ previousPostAt: times[i]!, nextPostAt: next }] : [],
        );
        const expected = statusHistory(
          { firstPostAt: times[0] ?? null, lastPostAt: times.at(-1) ?? null, gaps },
          period.asOf,
          settings.dormancyThresholdDays,
          account.openedAt ?? times[0] ?? account.createdAt,
        );
        const detail = await accounts.getAccountDetail(analyst, account.id, period, settings);
        expect(detail?.statusHistory, `${handle} ${asOf}`).toEqual(expected);
      }
    }
  });

  it("finds gaps in the middle of a history in SQL, and ignores posts after D", async () => {
    const mission = await client.mission.create({
      data: { slug: "test-gaps", name: "Test gaps", kind: "embassy", country: "Testland", timeZone: "UTC" },
    });
    const posted = ["2016-01-01T10:00:00Z", "2016-04-01T09:00:00Z", "2016-07-02T08:00:00Z", "2016-07-02T20:00:00Z", "2017-01-01T12:00:00Z", "2017-09-01T12:00:00Z"];
    const account = await client.account.create({
      data: {
        missionId: mission.id,
        platform: "x",
        handle: "test_gaps",
        openedAt: new Date("2015-12-01T00:00:00Z"),
        posts: { create: posted.map((at, i) => ({ platformId: `g${i}`, postedAt: new Date(at), kind: "original", category: "broadcast" })) },
      },
    });
    // Posts written directly, not through the import: rewrite this account's rollups as the import would.
    await refreshRollups(client, { accountIds: [account.id] });
    const detail = await accounts.getAccountDetail(analyst, account.id, surveyPeriod(), settings);
    const day = (iso: string) => parseIsoDay(iso)!;
    expect(detail?.statusHistory).toEqual([
      { status: "silent", from: day("2015-12-01"), to: day("2016-01-01") },
      // Jan 1 → Apr 1 2016 leaves exactly 90 empty days: no dormancy. Apr 1 → Jul 2 leaves 91: Jul 1 is dormant.
      { status: "active", from: day("2016-01-01"), to: day("2016-07-01") },
      { status: "dormant", from: day("2016-07-01"), to: day("2016-07-02") },
      // Jul 2 + 91 days = Oct 1.
      { status: "active", from: day("2016-07-02"), to: day("2016-10-01") },
      { status: "dormant", from: day("2016-10-01"), to: day("2017-01-01") },
      // The post of 2017-09-01 is after D: dormant since 2017-01-01 + 91 days = Apr 2.
      { status: "active", from: day("2017-01-01"), to: day("2017-04-02") },
      { status: "dormant", from: day("2017-04-02"), to: null },
    ]);
    expect(detail?.figures.postsToDate).toBe(5);
  });

  it("agrees with the account's status at D", async () => {
    for (const handle of ["demo_mn_germany", "demo_mn_singapore", "demo_mn_mfa_en", "demo_mn_italy"]) {
      const account = await accountByHandle(handle);
      const detail = await accounts.getAccountDetail(analyst, account.id, surveyPeriod(), settings);
      expect(detail?.statusHistory.at(-1)?.status, handle).toBe(detail?.figures.activity.status);
    }
  });

  it("is silent throughout before the first post", async () => {
    const poland = await accountByHandle("demo_mn_poland");
    const detail = await accounts.getAccountDetail(analyst, poland.id, periodEndingAt(parseIsoDay("2015-01-15")!, 90), settings);
    expect(detail?.statusHistory).toHaveLength(1);
    expect(detail?.statusHistory[0]).toMatchObject({ status: "silent", to: null });
    expect(detail?.figures.activity.status).toBe("silent");
  });

  it("lists the snapshots taken up to D", async () => {
    const germany = await accountByHandle("demo_mn_germany");
    const detail = await accounts.getAccountDetail(analyst, germany.id, surveyPeriod(), settings);
    expect(detail?.snapshots).toEqual([
      { takenAt: parseIsoDay(SURVEY_DATE), followers: null, following: null, totalPosts: 76, source: "survey" },
    ]);
    const earlier = await accounts.getAccountDetail(analyst, germany.id, periodEndingAt(parseIsoDay("2016-01-15")!, 90), settings);
    expect(earlier?.snapshots).toEqual([]);
  });

  it("returns null for an ambassador of another mission, and the account for its own", async () => {
    const germany = await accountByHandle("demo_mn_germany");
    const france = await client.mission.findUniqueOrThrow({ where: { slug: "france" } });
    const outsider: Viewer = { userId: "u1", role: "ambassador", missionId: france.id };
    expect(await accounts.getAccountDetail(outsider, germany.id, surveyPeriod(), settings)).toBeNull();
    const own: Viewer = { userId: "u2", role: "ambassador", missionId: germany.missionId };
    expect((await accounts.getAccountDetail(own, germany.id, surveyPeriod(), settings))?.account.id).toBe(germany.id);
    const noMission: Viewer = { userId: "u3", role: "ambassador", missionId: null };
    expect(await accounts.getAccountDetail(noMission, germany.id, surveyPeriod(), settings)).toBeNull();
  });

  it("returns null for an unknown account id", async () => {
    expect(await accounts.getAccountDetail(analyst, "no-such-account", surveyPeriod(), settings)).toBeNull();
  });
});
