import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "@/scripts/test-support/test-database";
import { closedPort, startCountingServer, type CountingServer } from "@/scripts/test-support/counting-server";
import { createPrismaClient } from "@/lib/prisma-client";

// The session comes from next-auth in a real request; here each test says who is asking.
const viewerMock = vi.hoisted(() => ({
  current: null as null | { userId: string | null; role: string; missionId: string | null },
}));
vi.mock("@/lib/auth/viewer", () => ({ getCurrentViewer: async () => viewerMock.current }));

let database: TestDatabase;
let client: PrismaClient;
let trap: CountingServer;
let POST: typeof import("./route").POST;
let blogId: string;
let xId: string;
let missionId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  const mission = await client.mission.create({
    data: { slug: "canada", name: "Canada", country: "Canada", kind: "embassy", timeZone: "America/Toronto" },
  });
  blogId = (
    await client.account.create({ data: { missionId: mission.id, platform: "blog", handle: "canada.example.org" } })
  ).id;
  xId = (await client.account.create({ data: { missionId: mission.id, platform: "x", handle: "MongoliaCanada" } })).id;
  await client.user.create({
    data: { id: "analyst", email: "analyst@example.org", name: "Analyst", role: "analyst", passwordHash: "x" },
  });
  await client.user.create({
    data: {
      id: "amb",
      email: "amb@example.org",
      name: "Ambassador",
      role: "ambassador",
      missionId: mission.id,
      passwordHash: "x",
    },
  });
  missionId = mission.id;
  trap = await startCountingServer("::");
  ({ POST } = await import("./route"));
});

afterAll(async () => {
  await trap?.close();
  await client?.$disconnect();
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(() => {
  viewerMock.current = { userId: "analyst", role: "analyst", missionId: null };
  trap.requests.length = 0;
});

const post = (body: unknown) =>
  POST(
    new NextRequest("http://localhost/api/imports/feed", {
      method: "POST",
      headers: { origin: "http://localhost", "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("POST /api/imports/feed", () => {
  it("makes no request for an unknown account: the account is checked first", async () => {
    const response = await post({ accountId: "no-such-account", url: `http://[::ffff:127.0.0.1]:${trap.port}/feed` });
    expect(trap.requests).toEqual([]);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  it("makes no request for an account that is not a blog or website", async () => {
    const response = await post({ accountId: xId, url: `http://[::ffff:127.0.0.1]:${trap.port}/feed` });
    expect(trap.requests).toEqual([]);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "feed_refused", reason: "not_a_feed_account" });
  });

  it("makes no request for a viewer who may not import", async () => {
    viewerMock.current = { userId: "amb", role: "ambassador", missionId };
    const response = await post({ accountId: blogId, url: `http://[::ffff:127.0.0.1]:${trap.port}/feed` });
    expect(response.status).toBe(403);
    expect(trap.requests).toEqual([]);
  });

  it("refuses an internal address with one answer, open port or closed, and records the refusal", async () => {
    const open = await post({ accountId: blogId, url: `http://[::ffff:127.0.0.1]:${trap.port}/feed` });
    const closed = await post({ accountId: blogId, url: `http://[::ffff:127.0.0.1]:${await closedPort()}/feed` });
    expect(trap.requests).toEqual([]);
    expect(open.status).toBe(422);
    expect(closed.status).toBe(422);
    const openBody = await open.json();
    expect(openBody).toEqual({ error: "feed_refused", reason: "cannot_fetch" });
    expect(await closed.json()).toEqual(openBody);
    const entries = await client.auditEntry.findMany({ where: { action: "fetch_refused" }, orderBy: { at: "asc" } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: "analyst", targetType: "account", targetId: blogId });
    expect(JSON.parse(entries[0]!.details)).toEqual({ host: "[::ffff:7f00:1]", reason: "not_public" });
  });
});
