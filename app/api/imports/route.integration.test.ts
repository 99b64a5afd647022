import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "@/scripts/test-support/test-database";
import { createPrismaClient } from "@/lib/prisma-client";

// The session comes from next-auth in a real request; here each test says who is asking.
const viewerMock = vi.hoisted(() => ({
  current: null as null | { userId: string; role: string; missionId: string | null },
}));
vi.mock("@/lib/auth/viewer", () => ({ getCurrentViewer: async () => viewerMock.current }));

let database: TestDatabase;
let client: PrismaClient;
let upload: typeof import("./route");
let run: typeof import("./[id]/route");
let template: typeof import("./templates/[kind]/route");
let health: typeof import("../health/route");
let users: { analyst: string; leadership: string };

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  const id = async (email: string) => (await client.user.findUniqueOrThrow({ where: { email } })).id;
  users = { analyst: await id("analyst@chancery.demo"), leadership: await id("leadership@chancery.demo") };
  upload = await import("./route");
  run = await import("./[id]/route");
  template = await import("./templates/[kind]/route");
  health = await import("../health/route");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(async () => {
  viewerMock.current = { userId: users.analyst, role: "analyst", missionId: null };
  await client.auditEntry.deleteMany({ where: { action: { in: ["access_refused", "cross_origin_refused"] } } });
});

const post = (origin: string | null) =>
  upload.POST(
    new NextRequest("http://localhost/api/imports?fileName=tweets.js", {
      method: "POST",
      headers: origin ? { origin, "content-type": "application/octet-stream" } : {},
      body: "window.YTD.tweets.part0 = []",
    }),
  );
const getRun = (id: string) =>
  run.GET(new NextRequest(`http://localhost/api/imports/${id}`), { params: Promise.resolve({ id }) });
const getTemplate = (kind: string) =>
  template.GET(new NextRequest(`http://localhost/api/imports/templates/${kind}`), {
    params: Promise.resolve({ kind }),
  });
const refusals = (action: string) =>
  client.auditEntry.findMany({ where: { action }, orderBy: [{ at: "asc" }, { id: "asc" }] });

describe("import routes refuse with an audit entry", () => {
  it("records a cross-origin upload made with a session, without reading its body", async () => {
    const response = await post("https://evil.example");
    expect(response.status).toBe(403);
    const entries = await refusals("cross_origin_refused");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBe(users.analyst);
    expect(JSON.parse(entries[0]!.details)).toEqual({
      method: "POST",
      path: "/api/imports",
      origin: "https://evil.example",
    });
    expect(entries[0]!.details).not.toContain("YTD");
  });

  it("records nothing for a cross-origin request without a session: one row per refusal, none for anonymous junk", async () => {
    viewerMock.current = null;
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await post(null)).status).toBe(403);
    expect(await refusals("cross_origin_refused")).toHaveLength(0);
  });

  it("records a signed-in viewer refused for the permission on every import route", async () => {
    viewerMock.current = { userId: users.leadership, role: "leadership", missionId: null };
    expect((await post("http://localhost")).status).toBe(403);
    expect((await getRun("some-run")).status).toBe(404);
    expect((await getTemplate("posts")).status).toBe(404);
    const entries = await refusals("access_refused");
    expect(entries.map((e) => [e.actorId, JSON.parse(e.details)])).toEqual([
      [users.leadership, { permission: "import:data", path: "/api/imports" }],
      [users.leadership, { permission: "import:data", path: "/api/imports/some-run" }],
      [users.leadership, { permission: "import:data", path: "/api/imports/templates/posts" }],
    ]);
    viewerMock.current = null;
    expect((await post("http://localhost")).status).toBe(401);
    expect(await refusals("access_refused")).toHaveLength(3);
  });
});

describe("API answers are never cached", () => {
  it("sends Cache-Control: no-store on every import route's answer, refusals included", async () => {
    const responses = [
      await post("http://localhost"),
      await post("https://evil.example"),
      await getRun("no-such-run"),
      await getTemplate("posts"),
      await getTemplate("nope"),
      await health.GET(new NextRequest("http://localhost/api/health")),
    ];
    viewerMock.current = null;
    responses.push(await getRun("no-such-run"), await getTemplate("posts"));
    for (const response of responses)
      expect(response.headers.get("cache-control"), `${response.status} ${response.url}`).toBe("no-store");
  });
});
