import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "@/scripts/test-support/test-database";
import { createPrismaClient } from "@/lib/prisma-client";
import { proxy } from "@/proxy";

// The session comes from next-auth in a real request; here each test says who is asking.
const viewerMock = vi.hoisted(() => ({
  current: null as null | { userId: string; role: string; missionId: string | null },
}));
vi.mock("@/lib/auth/viewer", () => ({ getCurrentViewer: async () => viewerMock.current }));

let database: TestDatabase;
let client: PrismaClient;
let POST: typeof import("./route").POST;
let userId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  userId = (await client.user.create({ data: { email: "analyst@mfa.example", name: "Analyst", role: "analyst" } })).id;
  ({ POST } = await import("./route"));
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(async () => {
  viewerMock.current = { userId, role: "analyst", missionId: null };
  await client.auditEntry.deleteMany();
});

/** What proxy.ts makes of a server action posted to a page: the rewritten request, as the route receives it. */
function throughProxy(origin: string) {
  const page = new NextRequest("http://localhost/themes/t1", {
    method: "POST",
    headers: { host: "localhost", origin, "next-action": "7f3a", cookie: "next-auth.session-token=abc" },
    body: '["secret form data"]',
  });
  const rewritten = proxy(page).headers.get("x-middleware-rewrite");
  expect(rewritten).not.toBeNull();
  return new NextRequest(rewritten!, {
    method: "POST",
    headers: { host: "localhost", origin },
    body: '["secret form data"]',
  });
}

describe("POST /api/refused/cross-origin", () => {
  it("answers a cross-site server action 403 with one audit entry naming the page and the origin, not the body", async () => {
    const response = await POST(throughProxy("https://evil.example"));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "cross_origin" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const entries = await client.auditEntry.findMany();
    expect(entries.map((e) => ({ actorId: e.actorId, action: e.action, details: JSON.parse(e.details) }))).toEqual([
      {
        actorId: userId,
        action: "cross_origin_refused",
        details: { method: "POST", path: "/themes/t1", origin: "https://evil.example" },
      },
    ]);
    expect(entries[0]!.details).not.toContain("secret");
  });

  it("writes nothing without a session, and has nothing to refuse a same-origin request for", async () => {
    viewerMock.current = null;
    expect((await POST(throughProxy("https://evil.example"))).status).toBe(403);
    viewerMock.current = { userId, role: "analyst", missionId: null };
    const direct = new NextRequest("http://localhost/api/refused/cross-origin?path=/x", {
      method: "POST",
      headers: { host: "localhost", origin: "http://localhost" },
    });
    expect((await POST(direct)).status).toBe(404);
    expect(await client.auditEntry.count()).toBe(0);
  });
});
