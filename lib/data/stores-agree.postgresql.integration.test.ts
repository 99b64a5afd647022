/**
 * The same demo ministry on both stores gives the same numbers on every
 * screen's data: the overview, each mission's scorecard, every account page,
 * the theme pages, and the quarterly summaries. Row ids differ between the two
 * loads (they are random), so every id is replaced by the record's natural key
 * (mission slug, account handle, theme slug, post platform id) before the
 * figures are compared.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { parseQuarter } from "../metrics/quarters";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };

async function naturalKeys(client: PrismaClient): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const m of await client.mission.findMany({ select: { id: true, slug: true } })) keys.set(m.id, `mission:${m.slug}`);
  for (const a of await client.account.findMany({ select: { id: true, platform: true, handle: true } })) keys.set(a.id, `account:${a.platform}:${a.handle}`);
  for (const t of await client.theme.findMany({ select: { id: true, slug: true } })) keys.set(t.id, `theme:${t.slug}`);
  for (const u of await client.user.findMany({ select: { id: true, email: true } })) keys.set(u.id, `user:${u.email}`);
  for (const p of await client.post.findMany({ select: { id: true, accountId: true, platformId: true } })) keys.set(p.id, `post:${p.accountId}:${p.platformId}`);
  return keys;
}

function withNaturalKeys(value: unknown, keys: Map<string, string>): unknown {
  // Ids also appear inside links ("/accounts/<id>?asOf=…").
  if (typeof value === "string") return keys.get(value) ?? value.replace(/\b(c[a-z0-9]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g, (id) => keys.get(id) ?? id);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => withNaturalKeys(v, keys));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNaturalKeys(v, keys)]));
  return value;
}

/** Every screen's figures for the store at `url`, computed by the data layer itself. */
async function ministryFigures(url: string) {
  // The data layer binds to DATABASE_URL when first imported (lib/db.ts): load it afresh per store.
  vi.resetModules();
  delete (globalThis as { chanceryPrisma?: unknown }).chanceryPrisma;
  process.env.DATABASE_URL = url;
  const client = createPrismaClient(url);
  try {
    const { getDashboard, getMissionScorecard } = await import("./dashboard");
    const { getAccountDetail } = await import("./accounts");
    const { getThemeOverview, getThemeDetail } = await import("./themes");
    const { getQuarterSummary, listQuartersWithData } = await import("./summaries");
    const { getMetricSettings } = await import("./settings");
    const { getPeopleOverview } = await import("./people");
    const { prisma } = await import("../db");
    const settings = await getMetricSettings(client);
    const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
    const missions = await client.mission.findMany({ select: { id: true }, orderBy: { slug: "asc" } });
    const accounts = await client.account.findMany({ select: { id: true }, orderBy: [{ platform: "asc" }, { handle: "asc" }] });
    const themes = await client.theme.findMany({ select: { id: true }, orderBy: { slug: "asc" } });
    const quarters = (await listQuartersWithData(leadership)) ?? [];
    const figures = {
      dashboard: await getDashboard(analyst, period, settings),
      scorecards: await Promise.all(missions.map((m) => getMissionScorecard(analyst, m.id, period, settings))),
      accounts: await Promise.all(accounts.map((a) => getAccountDetail(analyst, a.id, period, settings))),
      themeOverview: await getThemeOverview(analyst, period),
      people: await getPeopleOverview(analyst, period, settings),
      themes: await Promise.all(themes.map((t) => getThemeDetail(analyst, t.id, period))),
      quarters,
      summaries: await Promise.all(
        ["2017-Q2", "2017-Q1", "2016-Q4"].map((q) => getQuarterSummary(leadership, parseQuarter(q)!, settings, { now: new Date("2017-07-01T00:00:00Z") })),
      ),
    };
    const keyed = withNaturalKeys(JSON.parse(JSON.stringify(figures)), await naturalKeys(client));
    await prisma.$disconnect();
    return keyed;
  } finally {
    await client.$disconnect();
  }
}

const stores: TestDatabase[] = [];
let sqliteFigures: unknown;
let postgresqlFigures: unknown;

beforeAll(async () => {
  // Each loaded by prisma/seed.ts (copied from the run's template), which writes the rollups with its own store's SQL.
  const sqlite = createDemoTestDatabase("sqlite");
  const postgresql = createDemoTestDatabase("postgresql");
  stores.push(sqlite, postgresql);
  sqliteFigures = await ministryFigures(sqlite.url);
  postgresqlFigures = await ministryFigures(postgresql.url);
}, 300_000);

afterAll(() => stores.forEach((s) => s.remove()));

describe("the demo ministry on SQLite and on PostgreSQL", () => {
  it("has figures on every screen, so the comparison compares something", () => {
    const figures = sqliteFigures as { dashboard: { missions: unknown[] }; accounts: unknown[]; quarters: unknown[]; summaries: unknown[] };
    expect(figures.dashboard.missions).toHaveLength(28);
    // The survey's 29 accounts and the 4 ambassadors' personal accounts (prisma/demo/ambassadors.ts).
    expect(figures.accounts).toHaveLength(33);
    expect(figures.quarters.length).toBeGreaterThan(4);
    expect(figures.summaries.every((s) => s !== null)).toBe(true);
    expect(JSON.stringify(figures)).toContain("mission:");
  });

  it("gives identical numbers on both stores", () => {
    const a = sqliteFigures as Record<string, unknown>;
    const b = postgresqlFigures as Record<string, unknown>;
    for (const screen of Object.keys(a)) expect(b[screen], screen).toEqual(a[screen]);
  });
});
