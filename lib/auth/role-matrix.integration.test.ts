/**
 * The role matrix: every route of the app, every data-access function and
 * every route handler, called as each role (and signed out), with the
 * expected answer in each cell. The session is the only thing faked (next-auth's
 * getServerSession); users, missions and permissions are the demo store's.
 * A route added under app/ without a rule here makes the first test fail.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { NextRequest } from "next/server";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import type { Viewer } from "./permissions";

const session = vi.hoisted(() => ({
  current: null as null | { userId: string; signedInAt: number; sessionVersion: number },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
// getCurrentViewer hands the request's headers and cookies to the (faked) session reader.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

type Who = "signedOut" | "admin" | "analyst" | "leadership" | "ambassador";
const WHO: Who[] = ["signedOut", "admin", "analyst", "leadership", "ambassador"];
const EMAILS: Record<Exclude<Who, "signedOut">, string> = {
  admin: "admin@chancery.demo",
  analyst: "analyst@chancery.demo",
  leadership: "leadership@chancery.demo",
  // The ambassador to Germany; "another mission" below is Singapore.
  ambassador: "ambassador.germany@chancery.demo",
};

/** Who may reach each route: every page.tsx and route.ts under app/ must be listed. */
const ROUTE_RULES: Record<string, "public" | "signed-in" | "own-mission" | "admin" | "importer"> = {
  "/": "signed-in",
  "/signin": "public",
  "/start": "signed-in",
  "/posts": "signed-in",
  "/themes": "signed-in",
  "/themes/[id]": "signed-in",
  "/missions/[id]": "own-mission",
  "/accounts/[id]": "own-mission",
  "/api/posts": "signed-in",
  "/api/auth/[...nextauth]": "public",
  "/api/health": "public",
  "/admin/users": "admin",
  "/admin/audit": "admin",
  "/admin/settings": "admin",
  "/imports": "importer",
  "/imports/[id]": "importer",
  "/api/imports": "importer",
  "/api/imports/[id]": "importer",
  "/api/imports/templates/[kind]": "importer",
  "/api/imports/feed": "importer",
  // Only ever answers 403 (a cross-site server action, handed over by proxy.ts) or 404.
  "/api/refused/cross-origin": "public",
  "/summaries": "signed-in",
  "/summaries/[quarter]": "signed-in",
  "/summaries/[quarter]/missions/[id]": "own-mission",
  "/summaries/[quarter]/export.pdf": "own-mission",
  "/summaries/[quarter]/export.xlsx": "own-mission",
  "/summaries/[quarter]/export.csv": "own-mission",
  "/insights": "signed-in",
  "/network": "signed-in",
  "/stakeholders": "signed-in",
  "/platforms": "signed-in",
  "/working-hours": "signed-in",
  "/working-hours/[missionId]": "own-mission",
  "/languages": "signed-in",
  "/languages/[missionId]": "own-mission",
  "/people": "signed-in",
  "/people/[missionId]": "own-mission",
};

function discoverRoutes(dir: string, prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      // Route groups like (overview) do not appear in the URL.
      const segment = entry.startsWith("(") && entry.endsWith(")") ? "" : `/${entry}`;
      routes.push(...discoverRoutes(full, prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry)) {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

let database: TestDatabase;
let client: PrismaClient;
let viewerModule: typeof import("./viewer");
const ids = { germany: "", singapore: "", germanyAccount: "", singaporeAccount: "", theme: "" };
const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "role-matrix-test-secret-0123456789abcdef";
  client = createPrismaClient(database.url);
  const mission = (slug: string) => client.mission.findUniqueOrThrow({ where: { slug }, include: { accounts: true } });
  const [germany, singapore, theme] = await Promise.all([
    mission("germany"),
    mission("singapore"),
    client.theme.findUniqueOrThrow({ where: { slug: "democratization" } }),
  ]);
  Object.assign(ids, {
    germany: germany.id,
    singapore: singapore.id,
    germanyAccount: germany.accounts[0]!.id,
    singaporeAccount: singapore.accounts[0]!.id,
    theme: theme.id,
  });
  viewerModule = await import("./viewer");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

async function signInAs(who: Who): Promise<Viewer | null> {
  if (who === "signedOut") {
    session.current = null;
    return null;
  }
  const user = await client.user.findUniqueOrThrow({ where: { email: EMAILS[who] } });
  session.current = { userId: user.id, signedInAt: Date.now(), sessionVersion: user.sessionVersion };
  return viewerModule.getCurrentViewer();
}

const settings = async () => (await import("../data/settings")).getMetricSettings(client);

/** What a browser sends with a same-site POST. */
const SAME_ORIGIN = { origin: "http://localhost" };

describe("role matrix", () => {
  it("has a rule for every route in app/", () => {
    const routes = discoverRoutes(path.join(process.cwd(), "app")).sort();
    expect(routes).toEqual(Object.keys(ROUTE_RULES).sort());
  });

  it("resolves each signed-in role from the session and nobody when signed out", async () => {
    for (const who of WHO) {
      const viewer = await signInAs(who);
      if (who === "signedOut") expect(viewer).toBeNull();
      else expect(viewer?.role).toBe(who);
    }
    expect((await signInAs("ambassador"))?.missionId).toBe(ids.germany);
  });

  it("sends a signed-out visitor of any page to sign-in", async () => {
    await signInAs("signedOut");
    await expect(viewerModule.requireViewer()).rejects.toThrow(/NEXT_REDIRECT/);
    for (const who of WHO.filter((w) => w !== "signedOut")) {
      await signInAs(who);
      await expect(viewerModule.requireViewer()).resolves.toMatchObject({ role: who });
    }
  });

  it("ends the session of a deactivated user and of a session past its absolute limit", async () => {
    const user = await client.user.findUniqueOrThrow({ where: { email: EMAILS.leadership } });
    session.current = {
      userId: user.id,
      signedInAt: Date.now() - 13 * 3600 * 1000,
      sessionVersion: user.sessionVersion,
    };
    expect(await viewerModule.getCurrentViewer()).toBeNull();
    await client.user.update({ where: { id: user.id }, data: { isActive: false } });
    session.current = { userId: user.id, signedInAt: Date.now(), sessionVersion: user.sessionVersion };
    expect(await viewerModule.getCurrentViewer()).toBeNull();
    await client.user.update({ where: { id: user.id }, data: { isActive: true } });
  });

  describe.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", (who) => {
    const hq = who !== "ambassador";

    it("dashboard: every mission for HQ and leadership, only their own for an ambassador", async () => {
      const viewer = (await signInAs(who))!;
      const { getDashboard } = await import("../data/dashboard");
      const dashboard = await getDashboard(viewer, period, await settings());
      expect(dashboard.missions.map((m) => m.id)).toEqual(
        hq ? expect.arrayContaining([ids.germany, ids.singapore]) : [ids.germany],
      );
      expect(dashboard.missions).toHaveLength(hq ? 28 : 1);
    });

    it("mission scorecard: another mission is not found for an ambassador", async () => {
      const viewer = (await signInAs(who))!;
      const { getMissionScorecard } = await import("../data/dashboard");
      expect(await getMissionScorecard(viewer, ids.germany, period, await settings())).not.toBeNull();
      const other = await getMissionScorecard(viewer, ids.singapore, period, await settings());
      expect(other === null).toBe(!hq);
    });

    it("account page: another mission's account is not found for an ambassador", async () => {
      const viewer = (await signInAs(who))!;
      const { getAccountDetail } = await import("../data/accounts");
      expect(await getAccountDetail(viewer, ids.germanyAccount, period, await settings())).not.toBeNull();
      expect((await getAccountDetail(viewer, ids.singaporeAccount, period, await settings())) === null).toBe(!hq);
    });

    it("posts: scoped to the visible missions whatever the filters", async () => {
      const viewer = (await signInAs(who))!;
      const { getPostList } = await import("../data/posts");
      const filters = {
        missionId: ids.singapore,
        accountId: null,
        themeId: null,
        category: null,
        allTime: true,
        page: 1,
      };
      const list = await getPostList(viewer, period, filters);
      expect(list.total > 0).toBe(hq);
      expect(list.labels.mission === null).toBe(!hq);
    });

    it("themes: coverage counted over the visible missions only", async () => {
      const viewer = (await signInAs(who))!;
      const { getThemeOverview, getThemeDetail } = await import("../data/themes");
      expect((await getThemeOverview(viewer, period)).missionsVisible).toBe(hq ? 28 : 1);
      const detail = await getThemeDetail(viewer, ids.theme, period);
      expect(JSON.stringify(detail)).toContain(hq ? "Singapore" : "Germany");
      if (!hq) expect(JSON.stringify(detail)).not.toContain("Singapore");
    });
  });

  describe("user management and audit log (admin only)", () => {
    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const users = await import("../data/users");
      if (who === "admin") {
        expect((await users.listUsers(viewer)).length).toBeGreaterThanOrEqual(5);
        // The seed wrote no audit entry; the sign-ins and changes above did not go through it either.
        expect((await users.listAuditEntries(viewer)).items).toBeInstanceOf(Array);
      } else {
        await expect(users.listUsers(viewer)).rejects.toThrow();
        await expect(users.listAuditEntries(viewer)).rejects.toThrow();
      }
    });

    it.each(WHO)("server actions as %s", async (who) => {
      await signInAs(who);
      const actions = await import("../actions/users");
      const form = (fields: Record<string, string>) => {
        const data = new FormData();
        for (const [k, v] of Object.entries(fields)) data.set(k, v);
        return data;
      };
      const email = `matrix.${who}.${Date.now()}@mfa.test`;
      const created = await actions.createUserAction(
        null,
        form({ name: "Matrix", email, role: "analyst", missionId: "", password: "matrix-password-123" }),
      );
      const target = await client.user.findUnique({ where: { email } });
      const id = target?.id ?? (await client.user.findUniqueOrThrow({ where: { email: EMAILS.analyst } })).id;
      const results = [
        created,
        await actions.updateUserAction(null, form({ id, name: "Matrix renamed", role: "analyst", missionId: "" })),
        await actions.resetPasswordAction(null, form({ id, password: "another-password-456" })),
        await actions.endUserSessionsAction(null, form({ id })),
        await actions.setUserActiveAction(null, form({ id, active: "false" })),
      ];
      const expected = who === "signedOut" ? "unauthenticated" : who === "admin" ? null : "forbidden";
      for (const result of results) {
        if (expected === null) expect(result).toMatchObject({ ok: true });
        else expect(result).toEqual({ ok: false, error: expected });
      }
      // Refused calls changed nothing: no user was created and the analyst is untouched.
      if (expected !== null) {
        expect(target).toBeNull();
        expect(await client.user.findUniqueOrThrow({ where: { email: EMAILS.analyst } })).toMatchObject({
          name: "Demo Analyst",
          isActive: true,
          sessionVersion: 0,
        });
      }
    });
  });

  describe("metric settings (admin only)", () => {
    it.each(WHO)("reading and saving as %s", async (who) => {
      const viewer = await signInAs(who);
      const data = await import("../data/settings");
      if (viewer?.role === "admin")
        expect((await data.getMetricSettingsForEditing(viewer)).dormancyThresholdDays).toBe(90);
      else if (viewer) await expect(data.getMetricSettingsForEditing(viewer)).rejects.toThrow();
      const { saveMetricSettingsAction } = await import("../actions/settings");
      const { settingsFormValues } = await import("../validations/settings");
      const form = new FormData();
      // The settings as they are: an admin's save is accepted and changes nothing.
      for (const [k, v] of Object.entries(settingsFormValues(await settings()))) form.set(k, v);
      const result = await saveMetricSettingsAction(null, form);
      if (who === "admin") expect(result).toEqual({ ok: true, data: { changed: 0 } });
      else expect(result).toEqual({ ok: false, error: who === "signedOut" ? "unauthenticated" : "forbidden" });
      expect(await client.auditEntry.count({ where: { action: "metric_settings_changed" } })).toBe(0);
    });
  });

  describe("imports (admins and analysts only)", () => {
    const importer = (who: Who) => who === "admin" || who === "analyst";
    const tweets = (id: string) =>
      `window.YTD.tweets.part0 = [{"tweet":{"id_str":"${id}","created_at":"Wed Aug 09 10:05:00 +0000 2017","full_text":"Role matrix import","lang":"en"}}]`;

    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const imports = await import("../data/imports");
      if (importer(who)) {
        expect((await imports.listImportAccounts(viewer)).length).toBeGreaterThanOrEqual(29);
        expect(await imports.listImportRuns(viewer)).toBeInstanceOf(Array);
      } else {
        await expect(imports.listImportAccounts(viewer)).rejects.toThrow();
        await expect(imports.listImportRuns(viewer)).rejects.toThrow();
        await expect(
          imports.startWebImport(viewer, {
            accountId: ids.germanyAccount,
            fileName: "tweets.js",
            bytes: new TextEncoder().encode(tweets("1")),
          }),
        ).rejects.toThrow();
      }
    });

    it.each(WHO)("route handlers POST /api/imports and GET /api/imports/{id} as %s", async (who) => {
      await signInAs(who);
      const { POST } = await import("../../app/api/imports/route");
      const { GET } = await import("../../app/api/imports/[id]/route");
      const runsBefore = await client.importRun.count();
      const postsBefore = await client.post.count({ where: { accountId: ids.germanyAccount } });
      const platformId = `9${WHO.indexOf(who)}00000000000000001`;
      const response = await POST(
        new NextRequest(`http://localhost/api/imports?fileName=tweets.js&accountId=${ids.germanyAccount}`, {
          method: "POST",
          body: tweets(platformId),
          headers: SAME_ORIGIN,
        }),
      );
      const expected = who === "signedOut" ? 401 : importer(who) ? 202 : 403;
      expect(response.status).toBe(expected);
      if (expected !== 202) {
        expect(await client.importRun.count()).toBe(runsBefore);
        expect(await client.post.count({ where: { accountId: ids.germanyAccount } })).toBe(postsBefore);
        const someRun = await client.importRun.findFirst({ select: { id: true } });
        if (someRun)
          expect(
            (await GET(new NextRequest("http://localhost"), { params: Promise.resolve({ id: someRun.id }) })).status,
          ).toBe(who === "signedOut" ? 401 : 404);
        return;
      }
      const { id } = (await response.json()) as { id: string };
      let body: { status: string; created: number } = { status: "running", created: 0 };
      for (let attempt = 0; attempt < 100 && body.status === "running"; attempt++) {
        const polled = await GET(new NextRequest("http://localhost"), { params: Promise.resolve({ id }) });
        expect(polled.status).toBe(200);
        body = (await polled.json()) as typeof body;
        if (body.status === "running") await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(body).toMatchObject({ status: "succeeded", created: 1 });
      expect(await client.post.count({ where: { accountId: ids.germanyAccount } })).toBe(postsBefore + 1);
      expect(
        (await GET(new NextRequest("http://localhost"), { params: Promise.resolve({ id: "no-such-run" }) })).status,
      ).toBe(404);
    });

    it("refuses bad uploads with a clear status and records nothing", async () => {
      await signInAs("analyst");
      const { POST } = await import("../../app/api/imports/route");
      const { IMPORT_MAX_BYTES } = await import("../import/formats");
      const runsBefore = await client.importRun.count();
      const post = (query: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
        POST(
          new NextRequest(`http://localhost/api/imports?${query}`, {
            method: "POST",
            body: init.body ?? "x",
            headers: { ...SAME_ORIGIN, ...init.headers },
          }),
        );
      const tooLarge = await post(`fileName=tweets.js&accountId=${ids.germanyAccount}`, {
        headers: { "content-length": String(IMPORT_MAX_BYTES + 1) },
      });
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ error: "too_large", limitBytes: IMPORT_MAX_BYTES });
      expect((await post(`accountId=${ids.germanyAccount}`)).status).toBe(400);
      expect((await post("fileName=..%2Fetc%2Fpasswd")).status).toBe(400);
      expect((await post("fileName=tweets.js&accountId=no-such-account")).status).toBe(404);
      expect(await client.importRun.count()).toBe(runsBefore);
    });

    it("refuses state-changing requests from another origin, or naming none, before reading them", async () => {
      await signInAs("admin");
      const { POST: upload } = await import("../../app/api/imports/route");
      const { POST: feed } = await import("../../app/api/imports/feed/route");
      const runsBefore = await client.importRun.count();
      const postsBefore = await client.post.count();
      const uploadWith = (headers: Record<string, string>) =>
        upload(
          new NextRequest(`http://localhost/api/imports?fileName=tweets.js&accountId=${ids.germanyAccount}`, {
            method: "POST",
            body: tweets("9990000000000000001"),
            headers,
          }),
        );
      for (const [headers, reason] of [
        [{ origin: "https://evil.example" }, "cross_origin"],
        [{ origin: "http://localhost.evil.example" }, "cross_origin"],
        [{ origin: "null" }, "cross_origin"],
        [{ "sec-fetch-site": "cross-site" }, "cross_origin"],
        [{}, "origin_missing"],
      ] as const) {
        const response = await uploadWith(headers);
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({ error: reason });
      }
      const fromElsewhere = await feed(
        new NextRequest("http://localhost/api/imports/feed", {
          method: "POST",
          body: JSON.stringify({ accountId: ids.germanyAccount, url: "https://example.org/feed.xml" }),
          headers: { origin: "https://evil.example" },
        }),
      );
      expect(fromElsewhere.status).toBe(403);
      // Behind a proxy the public host is the one the browser saw.
      const proxied = await uploadWith({
        origin: "https://chancery.mfa.example",
        "x-forwarded-host": "chancery.mfa.example",
        "x-forwarded-proto": "https",
      });
      expect(proxied.status).toBe(202);
      const { id } = (await proxied.json()) as { id: string };
      for (
        let attempt = 0;
        attempt < 100 && (await client.importRun.findUniqueOrThrow({ where: { id } })).status === "running";
        attempt++
      )
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await client.importRun.count()).toBe(runsBefore + 1);
      expect(await client.post.count()).toBe(postsBefore + 1);
    });

    it.each(WHO)("feed import by address as %s, refusing the ministry's own network", async (who) => {
      await signInAs(who);
      const { POST } = await import("../../app/api/imports/feed/route");
      const runsBefore = await client.importRun.count();
      const response = await POST(
        new NextRequest("http://localhost/api/imports/feed", {
          method: "POST",
          body: JSON.stringify({ accountId: ids.germanyAccount, url: "http://127.0.0.1:9/feed.xml" }),
          headers: SAME_ORIGIN,
        }),
      );
      expect(response.status).toBe(who === "signedOut" ? 401 : importer(who) ? 422 : 403);
      // Germany's account is on X: refused before any request (lib/data/imports.integration.test.ts covers the addresses).
      if (importer(who)) expect(await response.json()).toEqual({ error: "feed_refused", reason: "not_a_feed_account" });
      expect(await client.importRun.count()).toBe(runsBefore);
    });

    it.each(WHO)("CSV template download as %s", async (who) => {
      await signInAs(who);
      const { GET } = await import("../../app/api/imports/templates/[kind]/route");
      const response = await GET(new NextRequest("http://localhost"), {
        params: Promise.resolve({ kind: "missions" }),
      });
      expect(response.status).toBe(who === "signedOut" ? 401 : importer(who) ? 200 : 404);
      if (importer(who)) {
        expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(new TextDecoder().decode(bytes)).toMatch(/^slug,name,kind,/);
        expect(
          (await GET(new NextRequest("http://localhost"), { params: Promise.resolve({ kind: "users" }) })).status,
        ).toBe(404);
      }
    });

    it.each(WHO)("create-account server action as %s", async (who) => {
      await signInAs(who);
      const actions = await import("../actions/imports");
      const data = new FormData();
      for (const [k, v] of Object.entries({
        missionId: ids.singapore,
        platform: "mastodon",
        handle: `matrix_${who}@example.social`,
      }))
        data.set(k, v);
      const result = await actions.createAccountAction(null, data);
      const stored = await client.account.findFirst({ where: { handle: `matrix_${who}@example.social` } });
      if (importer(who)) {
        expect(result).toMatchObject({ ok: true });
        expect(stored?.missionId).toBe(ids.singapore);
      } else {
        expect(result).toEqual({ ok: false, error: who === "signedOut" ? "unauthenticated" : "forbidden" });
        expect(stored).toBeNull();
      }
    });
  });

  describe("quarterly reviews", () => {
    it.each(WHO)("server actions as %s", async (who) => {
      const viewer = await signInAs(who);
      const actions = await import("../actions/reviews");
      const form = (fields: Record<string, string>) => {
        const data = new FormData();
        for (const [k, v] of Object.entries(fields)) data.set(k, v);
        return data;
      };
      const before = await client.missionReview.count();
      const added = await actions.addReviewAction(
        null,
        form({
          missionId: ids.germany,
          quarter: "2017-Q3",
          reviewedOn: "2017-10-02",
          note: `Matrix ${who}`,
          actions: "One action",
        }),
      );
      const writes = who === "admin" || who === "analyst" || who === "leadership";
      if (writes) expect(added).toMatchObject({ ok: true });
      else expect(added).toEqual({ ok: false, error: who === "signedOut" ? "unauthenticated" : "forbidden" });
      expect(await client.missionReview.count()).toBe(before + (writes ? 1 : 0));

      // Everyone signed in may close the actions of a mission they can see: the ambassador their own.
      const review = await client.missionReview.create({
        data: {
          missionId: ids.germany,
          quarter: "2017-Q2",
          reviewedOn: new Date("2017-07-03T00:00:00Z"),
          note: "seed",
          actions: { create: [{ text: "seeded" }] },
        },
        include: { actions: true },
      });
      const actionId = review.actions[0]!.id;
      const closed = await actions.setReviewActionStatusAction(null, form({ actionId, status: "done" }));
      const stored = await client.reviewAction.findUniqueOrThrow({ where: { id: actionId } });
      if (viewer) {
        expect(closed).toEqual({ ok: true, data: "done" });
        expect(stored.status).toBe("done");
      } else {
        expect(closed).toEqual({ ok: false, error: "unauthenticated" });
        expect(stored.status).toBe("open");
      }
      if (who === "ambassador") {
        const other = await client.missionReview.create({
          data: {
            missionId: ids.singapore,
            quarter: "2017-Q2",
            reviewedOn: new Date("2017-07-03T00:00:00Z"),
            note: "other",
            actions: { create: [{ text: "theirs" }] },
          },
          include: { actions: true },
        });
        expect(
          await actions.setReviewActionStatusAction(null, form({ actionId: other.actions[0]!.id, status: "done" })),
        ).toEqual({ ok: false, error: "not_found" });
        expect((await client.reviewAction.findUniqueOrThrow({ where: { id: other.actions[0]!.id } })).status).toBe(
          "open",
        );
      }
    });
  });

  describe("theme rules and manual tags (admins and analysts)", () => {
    it.each(WHO)("server actions as %s", async (who) => {
      await signInAs(who);
      const actions = await import("../actions/themes");
      const form = (fields: Record<string, string>) => {
        const data = new FormData();
        for (const [k, v] of Object.entries(fields)) data.set(k, v);
        return data;
      };
      const pattern = `matrixword${WHO.indexOf(who)}`;
      const post = await client.post.findFirstOrThrow({
        where: { account: { missionId: ids.germany } },
        select: { id: true },
      });
      const before = {
        keywords: await client.themeKeyword.count(),
        tags: await client.postTheme.count({ where: { source: "manual" } }),
      };
      const results = [
        await actions.addKeywordRuleAction(null, form({ themeId: ids.theme, language: "en", pattern })),
        await actions.removeKeywordRuleAction(null, form({ themeId: ids.theme, language: "en", pattern })),
        await actions.addManualTagAction(null, form({ postId: post.id, themeId: ids.theme })),
        await actions.removeManualTagAction(null, form({ postId: post.id, themeId: ids.theme })),
      ];
      const allowed = who === "admin" || who === "analyst";
      for (const result of results) {
        if (allowed) expect(result).toMatchObject({ ok: true });
        else expect(result).toEqual({ ok: false, error: who === "signedOut" ? "unauthenticated" : "forbidden" });
      }
      // Either added and removed again, or refused: the store is as it was.
      expect(await client.themeKeyword.count()).toBe(before.keywords);
      expect(await client.postTheme.count({ where: { source: "manual" } })).toBe(before.tags);
      if (allowed)
        expect(await client.auditEntry.count({ where: { action: "post_tagged", targetId: post.id } })).toBeGreaterThan(
          0,
        );
    });
  });

  describe("quarterly summaries", () => {
    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const { getQuarterSummary, listQuartersWithData } = await import("../data/summaries");
      const quarter = { year: 2017, quarter: 2 } as const;
      const ministry = await getQuarterSummary(viewer, quarter, await settings());
      const own = await getQuarterSummary(viewer, quarter, await settings(), { missionId: ids.germany });
      const other = await getQuarterSummary(viewer, quarter, await settings(), { missionId: ids.singapore });
      if (who === "ambassador") {
        // An ambassador's "ministry" is their own mission; another mission does not exist for them.
        expect(ministry?.scope).toEqual({
          kind: "mission",
          missionId: ids.germany,
          missionName: expect.any(String),
          missionSlug: "germany",
        });
        expect(ministry?.mostImproved).toEqual([]);
        expect(other).toBeNull();
        expect(await listQuartersWithData(viewer, { missionId: ids.singapore })).toBeNull();
      } else {
        expect(ministry?.scope).toEqual({ kind: "ministry" });
        expect(other?.scope).toMatchObject({ kind: "mission", missionId: ids.singapore });
      }
      expect(own?.scope).toMatchObject({ kind: "mission", missionId: ids.germany });
    });

    it.each(WHO)("exports as %s", async (who) => {
      await signInAs(who);
      const { GET } = await import("../../app/summaries/[quarter]/export.csv/route");
      const call = (query: string) =>
        GET(new Request(`http://localhost/summaries/2017-Q2/export.csv${query}`), {
          params: Promise.resolve({ quarter: "2017-Q2" }),
        });
      const own = await call(`?mission=${ids.germany}&table=kpis`);
      const other = await call(`?mission=${ids.singapore}&table=kpis`);
      expect(own.status).toBe(who === "signedOut" ? 401 : 200);
      expect(other.status).toBe(who === "signedOut" ? 401 : who === "ambassador" ? 404 : 200);
      expect((await call("?table=nonsense")).status).toBe(who === "signedOut" ? 401 : 400);
      if (who !== "signedOut")
        // A mission's file carries its slug: it never shares a name with the ministry's.
        expect(own.headers.get("content-disposition")).toBe(
          'attachment; filename="chancery-summary-2017-Q2-germany-kpis.csv"',
        );
    });
  });

  describe("working hours (everyone reads their missions; admins and analysts change settings)", () => {
    const editor = (who: Who) => who === "admin" || who === "analyst";
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };

    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const data = await import("../data/working-hours");
      const hq = who !== "ambassador";
      expect((await data.getWorkingHoursOverview(viewer, period)).map((m) => m.id)).toEqual(
        hq ? expect.arrayContaining([ids.germany, ids.singapore]) : [ids.germany],
      );
      expect(await data.getMissionWorkingHours(viewer, ids.germany, period)).not.toBeNull();
      expect((await data.getMissionWorkingHours(viewer, ids.singapore, period)) === null).toBe(!hq);
      expect(
        (await data.getWorkingHoursPosts(viewer, ids.singapore, period, { kind: "class", timeClass: "weekend" }, 1)) ===
          null,
      ).toBe(!hq);
    });

    it.each(WHO)("server actions as %s", async (who) => {
      await signInAs(who);
      const actions = await import("../actions/working-hours");
      const day = `2017-12-${String(10 + WHO.indexOf(who)).padStart(2, "0")}`;
      const results = [
        await actions.saveWorkingHoursAction(
          null,
          form({
            missionId: ids.singapore,
            workdayStart: "08:30",
            workdayEnd: "17:30",
            weekend6: "on",
            weekend7: "on",
          }),
        ),
        await actions.addHolidaysAction(null, form({ missionId: ids.singapore, day, name: "Matrix day" })),
        await actions.removeHolidayAction(null, form({ missionId: ids.singapore, day })),
      ];
      const expected = who === "signedOut" ? "unauthenticated" : editor(who) ? null : "forbidden";
      for (const result of results) {
        if (expected === null) expect(result).toMatchObject({ ok: true });
        else expect(result).toEqual({ ok: false, error: expected });
      }
      const audit = await client.auditEntry.count({
        where: { targetId: ids.singapore, action: { startsWith: "mission_" } },
      });
      if (expected !== null) expect(audit).toBe(WHO.slice(0, WHO.indexOf(who)).filter(editor).length * 3);
      expect(await client.missionHoliday.count({ where: { missionId: ids.singapore, name: "Matrix day" } })).toBe(0);
    });
  });

  describe("languages (everyone reads their missions; an ambassador only their own)", () => {
    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const data = await import("../data/languages");
      const hq = who !== "ambassador";
      const overview = await data.getLanguagesOverview(viewer, period, "mn");
      expect(overview.map((m) => m.id)).toEqual(
        hq ? expect.arrayContaining([ids.germany, ids.singapore]) : [ids.germany],
      );
      expect(overview).toHaveLength(hq ? 28 : 1);
      expect(await data.getMissionLanguages(viewer, ids.germany, period, "mn")).not.toBeNull();
      expect((await data.getMissionLanguages(viewer, ids.singapore, period, "mn")) === null).toBe(!hq);
      // The posts behind a figure stay within the viewer's missions whatever the language filter asks.
      const { getPostList } = await import("../data/posts");
      const list = await getPostList(viewer, period, {
        missionId: ids.singapore,
        accountId: null,
        themeId: null,
        category: null,
        allTime: true,
        page: 1,
        language: "en",
        ownOnly: true,
      });
      expect(list.total === 0).toBe(!hq);
    });
  });

  describe("people and institutions (everyone reads their own missions; an ambassador only their own)", () => {
    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const hq = who !== "ambassador";
      const people = await import("../data/people");
      const japan = (await client.mission.findUniqueOrThrow({ where: { slug: "japan" } })).id;
      const overview = await people.getPeopleOverview(viewer, period, await settings());
      expect(overview.map((m) => m.id)).toEqual(hq ? expect.arrayContaining([ids.germany, japan]) : [ids.germany]);
      expect(await people.getMissionPeople(viewer, ids.germany, period, await settings())).not.toBeNull();
      expect((await people.getMissionPeople(viewer, japan, period, await settings())) === null).toBe(!hq);
      expect((await people.getMissionPeople(viewer, ids.singapore, period, await settings())) === null).toBe(!hq);
      expect(await people.missionHasPersonalAccounts(viewer, japan)).toBe(hq);
    });
  });

  describe("strategy insights (network, stakeholders, platforms, targets, staff time)", () => {
    const editor = (who: Who) => who === "admin" || who === "analyst";
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };

    it.each(WHO.filter((w): w is Exclude<Who, "signedOut"> => w !== "signedOut"))("data access as %s", async (who) => {
      const viewer = (await signInAs(who))!;
      const hq = who !== "ambassador";
      const network = await import("../data/network");
      const whole = await network.getAccountNetwork(viewer, period);
      expect(whole?.anonymised).toBe(!hq);
      expect((await network.getAccountNetwork(viewer, period, { missionId: ids.singapore })) === null).toBe(!hq);
      const stakeholders = await import("../data/stakeholders");
      expect(await stakeholders.getStakeholderMission(viewer, ids.germany)).not.toBeNull();
      expect((await stakeholders.getStakeholderMission(viewer, ids.singapore)) === null).toBe(!hq);
      const { getPlatformMix } = await import("../data/platform-mix");
      const mix = await getPlatformMix(viewer, period, await settings());
      expect(mix.missions.map((m) => m.id)).toEqual(
        hq ? expect.arrayContaining([ids.germany, ids.singapore]) : [ids.germany],
      );
      const targets = await import("../data/mission-targets");
      expect(await targets.getMissionStaffTime(viewer, ids.germany, period.asOf)).not.toBeNull();
      expect((await targets.getMissionStaffTime(viewer, ids.singapore, period.asOf)) === null).toBe(!hq);
    });

    it.each(WHO)("server actions as %s", async (who) => {
      await signInAs(who);
      const expected = (allowed: boolean) => (who === "signedOut" ? "unauthenticated" : allowed ? null : "forbidden");
      const check = (result: { ok: boolean }, outcome: string | null) => {
        if (outcome === null) expect(result).toMatchObject({ ok: true });
        else expect(result).toEqual({ ok: false, error: outcome });
      };
      const stakeholderActions = await import("../actions/stakeholders");
      check(
        await stakeholderActions.labelStakeholderAction(
          null,
          form({ platform: "x", handle: "matrix_interlocutor", category: "media" }),
        ),
        expected(editor(who)),
      );
      const targetActions = await import("../actions/mission-targets");
      check(
        await targetActions.setEngagementTargetAction(null, form({ missionId: ids.germany, target: "engage" })),
        expected(editor(who)),
      );
      check(
        await targetActions.recordStaffTimeAction(
          null,
          form({ missionId: ids.germany, quarter: "2017-Q4", hours: "7" }),
        ),
        expected(who !== "leadership"),
      );
      // Another mission's staff time is unknown to an ambassador.
      const other = await targetActions.recordStaffTimeAction(
        null,
        form({ missionId: ids.singapore, quarter: "2017-Q4", hours: "7" }),
      );
      if (who === "ambassador") expect(other).toMatchObject({ ok: false, error: "not_found" });
      const platformActions = await import("../actions/platform-mix");
      check(
        await platformActions.setTargetFormatsAction(
          null,
          form({ "format.blog_website": "on", "format.microblog": "on", "format.social_network": "on" }),
        ),
        expected(editor(who)),
      );

      // Refused calls change nothing; allowed ones are undone for the next role.
      const labels = await client.stakeholder.count({ where: { handle: "matrix_interlocutor" } });
      expect(labels).toBe(editor(who) ? 1 : 0);
      const hours = await client.missionStaffTime.count({ where: { quarter: "2017-Q4" } });
      expect(hours).toBe(who === "signedOut" || who === "leadership" ? 0 : who === "ambassador" ? 1 : 2);
      await client.stakeholder.deleteMany({ where: { handle: "matrix_interlocutor" } });
      await client.missionStaffTime.deleteMany({ where: { quarter: "2017-Q4" } });
      expect((await client.mission.findUniqueOrThrow({ where: { id: ids.germany } })).engagementTarget).toBe("engage");
    });
  });

  describe("route handler GET /api/posts", () => {
    const expected: Record<Who, { own: number; other: number }> = {
      signedOut: { own: 401, other: 401 },
      admin: { own: 200, other: 200 },
      analyst: { own: 200, other: 200 },
      leadership: { own: 200, other: 200 },
      ambassador: { own: 200, other: 404 },
    };
    it.each(WHO)("as %s", async (who) => {
      await signInAs(who);
      const { GET } = await import("../../app/api/posts/route");
      const call = (mission: string) =>
        GET(new NextRequest(`http://localhost/api/posts?asOf=${SURVEY_DATE}&mission=${mission}`));
      expect((await call(ids.germany)).status).toBe(expected[who].own);
      expect((await call(ids.singapore)).status).toBe(expected[who].other);
    });
  });
});
