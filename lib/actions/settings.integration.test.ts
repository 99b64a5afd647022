/**
 * The administrators' settings screen as its form sends it: a saved
 * threshold applies to the overview at once (even after the overview's
 * figures were remembered under the old one), every refusal names its field
 * and writes nothing, only an administrator may save, and each change is
 * audited with its old and new value. Only the session is faked (next-auth's
 * getServerSession), as in lib/auth/role-matrix.integration.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { DEFAULT_METRIC_SETTINGS } from "../metrics/settings";
import { settingsFormValues } from "../validations/settings";

const session = vi.hoisted(() => ({
  current: null as null | { userId: string; signedInAt: number; sessionVersion: number },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

let database: TestDatabase;
let client: PrismaClient;
let actions: typeof import("./settings");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** The form as the screen fills it from the defaults. */
const DEFAULT_FORM = settingsFormValues(DEFAULT_METRIC_SETTINGS);

/** The stored settings and the audit log: what a refused save must leave as it was. */
const snapshot = async () => ({
  settings: await client.setting.findMany({ where: { key: "metrics" } }),
  audit: await client.auditEntry.findMany({ where: { action: "metric_settings_changed" } }),
});

async function signInAs(email: string) {
  const user = await client.user.findUniqueOrThrow({ where: { email } });
  session.current = { userId: user.id, signedInAt: Date.now(), sessionVersion: user.sessionVersion };
  const { getCurrentViewer } = await import("../auth/viewer");
  return (await getCurrentViewer())!;
}

/** The overview at the survey date as its page computes it: D and P from the URL and the stored settings. */
async function overviewAtSurveyDate() {
  const viewer = await signInAs("analyst@chancery.demo");
  const { resolveViewRange } = await import("../data/view-range");
  const { getDashboard } = await import("../data/dashboard");
  const range = await resolveViewRange(viewer, { asOf: SURVEY_DATE });
  if (!range.ok) throw new Error("the survey date does not resolve");
  const dashboard = await getDashboard(viewer, range.period, range.settings);
  const statusOf = (handle: string) =>
    dashboard.missions.flatMap((m) => m.accounts).find((a) => a.handle === handle)?.activity.status;
  const missionStatus = (slug: string) =>
    dashboard.missions.find((m) => m.slug === slug)?.accounts.map((a) => a.activity.status);
  return { counts: dashboard.kpis.statusCounts, statusOf, missionStatus };
}

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "settings-actions-test-secret-0123456789ab";
  client = createPrismaClient(database.url);
  actions = await import("./settings");
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("the metric settings screen", () => {
  it("refuses a non-administrator and writes nothing", async () => {
    const before = await snapshot();
    for (const email of ["analyst@chancery.demo", "leadership@chancery.demo", "ambassador.germany@chancery.demo"]) {
      await signInAs(email);
      expect(
        await actions.saveMetricSettingsAction(null, form({ ...DEFAULT_FORM, dormancyThresholdDays: "365" })),
      ).toEqual({
        ok: false,
        error: "forbidden",
      });
    }
    session.current = null;
    expect(
      await actions.saveMetricSettingsAction(null, form({ ...DEFAULT_FORM, dormancyThresholdDays: "365" })),
    ).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await snapshot()).toEqual(before);
    const { getMetricSettingsForEditing } = await import("../data/settings");
    await expect(getMetricSettingsForEditing(await signInAs("analyst@chancery.demo"))).rejects.toThrow();
  });

  it("refuses bad input field by field and writes nothing", async () => {
    await signInAs("admin@chancery.demo");
    const before = await snapshot();
    const refused = async (fields: Record<string, string>) => {
      const result = await actions.saveMetricSettingsAction(null, form({ ...DEFAULT_FORM, ...fields }));
      expect(result.ok).toBe(false);
      return result.ok ? {} : (expect(result.error).toBe("invalid"), result.fieldErrors);
    };
    expect(
      await refused({ weightActivity: "0", weightEngagement: "0", weightCoverage: "0", weightResponse: "0" }),
    ).toEqual({
      healthWeights: ["weightsAllZero"],
    });
    expect(await refused({ dormancyThresholdDays: "0" })).toEqual({ dormancyThresholdDays: ["thresholdRange"] });
    expect(await refused({ dormancyThresholdDays: "12.5" })).toEqual({ dormancyThresholdDays: ["thresholdRange"] });
    expect(await refused({ targetEngage: "50", targetPriorityEngagement: "30" })).toEqual({
      targetPriorityEngagement: ["priorityBelowEngage"],
    });
    expect(await refused({ defaultPeriodDays: "ninety", responseTargetPerPost: "" })).toEqual({
      defaultPeriodDays: ["notANumber"],
      responseTargetPerPost: ["notANumber"],
    });
    expect(await refused({ targetEngage: "120", ministryLanguage: "Mongolian", ministryName: "  " })).toEqual({
      targetEngage: ["shareRange"],
      ministryLanguage: ["languageInvalid"],
      ministryName: ["nameRequired"],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("applies a threshold of 365 days to the overview at once, and audits the change", async () => {
    // The overview under T = 90 first, so that its figures are remembered under the old settings.
    const before = await overviewAtSurveyDate();
    expect(before.counts).toMatchObject({ active: 18, dormant: 11 });
    expect(before.statusOf("demo_mn_mfa_en")).toBe("dormant");

    const admin = await signInAs("admin@chancery.demo");
    expect(
      await actions.saveMetricSettingsAction(null, form({ ...DEFAULT_FORM, dormancyThresholdDays: "365" })),
    ).toEqual({
      ok: true,
      data: { changed: 1 },
    });

    const after = await overviewAtSurveyDate();
    expect(after.counts).toMatchObject({ active: 21, dormant: 8 });
    expect(after.missionStatus("brazil")).toEqual(["active"]);
    expect(after.missionStatus("poland")).toEqual(["active"]);
    expect(after.statusOf("demo_mn_mfa_en")).toBe("active");

    const audit = await client.auditEntry.findMany({ where: { action: "metric_settings_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.userId, targetType: "setting", targetId: "metrics" });
    expect(JSON.parse(audit[0]!.details)).toEqual({ dormancyThresholdDays: { from: 90, to: 365 } });

    // Saving the same values again changes nothing and leaves no entry.
    await signInAs("admin@chancery.demo");
    expect(
      await actions.saveMetricSettingsAction(null, form({ ...DEFAULT_FORM, dormancyThresholdDays: "365" })),
    ).toEqual({
      ok: true,
      data: { changed: 0 },
    });
    expect(await client.auditEntry.count({ where: { action: "metric_settings_changed" } })).toBe(1);
  });

  it("stores shares typed as percentages and audits every changed setting", async () => {
    await signInAs("admin@chancery.demo");
    const result = await actions.saveMetricSettingsAction(
      null,
      form({
        ...DEFAULT_FORM,
        dormancyThresholdDays: "90",
        targetEngage: "25",
        weightActivity: "40",
        ministryLanguage: " MN ",
      }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 3 } });
    const { getMetricSettings } = await import("../data/settings");
    const stored = await getMetricSettings(client);
    expect(stored).toMatchObject({
      dormancyThresholdDays: 90,
      engagementTargetShares: { engage: 0.25, priority_engagement: 0.4 },
      ministryLanguage: "mn",
    });
    expect(stored.healthWeights.activity).toBe(40);
    const newest = await client.auditEntry.findFirstOrThrow({
      where: { action: "metric_settings_changed" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(newest.details)).toEqual({
      dormancyThresholdDays: { from: 365, to: 90 },
      "engagementTargetShares.engage": { from: 0.2, to: 0.25 },
      "healthWeights.activity": { from: 35, to: 40 },
    });
  });
});
