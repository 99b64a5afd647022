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
let GET: typeof import("./route").GET;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  ({ GET } = await import("./route"));
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(() => {
  viewerMock.current = { userId: "analyst", role: "analyst", missionId: null };
});

const get = (query: string) => GET(new NextRequest(`http://localhost/api/posts?${query}`));

describe("GET /api/posts", () => {
  it("answers 401 to a signed-out request", async () => {
    viewerMock.current = null;
    const response = await get("asOf=2017-08-15");
    expect(response.status).toBe(401);
  });

  it("answers 404 to an ambassador asking for another mission, as for one that does not exist", async () => {
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" } });
    const singapore = await client.mission.findUniqueOrThrow({ where: { slug: "singapore" } });
    viewerMock.current = { userId: "amb", role: "ambassador", missionId: germany.id };
    expect((await get(`mission=${singapore.id}`)).status).toBe(404);
    const own = await get(`mission=${germany.id}&since=all`);
    expect(own.status).toBe(200);
    expect((await own.json()).total).toBe(76);
  });

  it("returns the posts behind a figure, newest first, limited", async () => {
    const singapore = await client.mission.findUniqueOrThrow({ where: { slug: "singapore" } });
    const response = await get(`asOf=2017-08-15&period=90&mission=${singapore.id}&category=engagement&limit=5`);
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = await client.post.count({
      where: {
        account: { missionId: singapore.id },
        category: "engagement",
        postedAt: { gte: new Date("2017-05-18T00:00:00Z"), lt: new Date("2017-08-16T00:00:00Z") },
      },
    });
    expect(body.total).toBe(expected);
    expect(body.items).toHaveLength(Math.min(5, expected));
    expect(
      body.items.every(
        (p: { category: string; mission: string }) => p.category === "engagement" && p.mission === "Singapore",
      ),
    ).toBe(true);
    expect(body.asOf).toBe("2017-08-15");
  });

  it("answers 400 naming the bad parameters and reads nothing for them", async () => {
    const badDate = await get("asOf=2017-13-01");
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toEqual({ error: "invalid_parameters", fields: ["asOf"] });
    const badFilter = await get("category=gossip&mission=x%27%20OR%201%3D1");
    expect(badFilter.status).toBe(400);
    expect((await badFilter.json()).fields.sort()).toEqual(["category", "mission"]);
    const badLimit = await get("limit=100000");
    expect(badLimit.status).toBe(400);
  });

  it("answers 404 for an unknown mission, account or theme", async () => {
    for (const filter of ["mission", "account", "theme"]) {
      const response = await get(`asOf=2017-08-15&${filter}=no-such-id`);
      expect(response.status, filter).toBe(404);
      expect(await response.json()).toEqual({ error: "not_found" });
    }
  });

  it("answers 400 naming asOf for a day outside the store's range or not a day at all, never a server error", async () => {
    for (const asOf of ["9999-12-31", "0001-01-01", "2017-02-30"]) {
      const response = await get(`asOf=${asOf}`);
      expect(response.status, asOf).toBe(400);
      expect(await response.json(), asOf).toEqual({ error: "invalid_parameters", fields: ["asOf"] });
    }
  });

  it("tells caches to keep none of its answers", async () => {
    expect((await get("asOf=2017-08-15")).headers.get("cache-control")).toBe("no-store");
    expect((await get("asOf=2017-13-01")).headers.get("cache-control")).toBe("no-store");
    viewerMock.current = null;
    expect((await get("asOf=2017-08-15")).headers.get("cache-control")).toBe("no-store");
  });
});
