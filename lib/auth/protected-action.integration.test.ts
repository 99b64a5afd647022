import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import type { Viewer } from "./permissions";

// The session comes from next-auth in a real request; here each test says who is asking.
const viewerMock = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("./viewer", () => ({ getCurrentViewer: async () => viewerMock.current }));

let database: TestDatabase;
let client: PrismaClient;
let protectedAction: typeof import("./protected-action").protectedAction;
let userId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  userId = (
    await client.user.create({
      data: { email: "lead@mfa.example", name: "Leadership", role: "leadership", passwordHash: "x" },
    })
  ).id;
  ({ protectedAction } = await import("./protected-action"));
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(() => client.auditEntry.deleteMany());

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("protectedAction", () => {
  const ran = vi.fn(async () => "done");
  const action = (previous: null, formData: FormData) =>
    protectedAction("edit:themes", z.object({ keyword: z.string() }), ran)(previous, formData);

  it("refuses a signed-in viewer without the permission with one audit entry naming the permission, and runs nothing", async () => {
    viewerMock.current = { userId, role: "leadership", missionId: null };
    expect(await action(null, form({ keyword: "secret" }))).toEqual({ ok: false, error: "forbidden" });
    expect(ran).not.toHaveBeenCalled();
    const entries = await client.auditEntry.findMany();
    expect(entries.map((e) => ({ actorId: e.actorId, action: e.action, details: JSON.parse(e.details) }))).toEqual([
      { actorId: userId, action: "access_refused", details: { permission: "edit:themes" } },
    ]);
    expect(entries[0]!.details).not.toContain("secret");
  });

  it("writes nothing for a signed-out request or one that is allowed", async () => {
    viewerMock.current = null;
    expect(await action(null, form({ keyword: "x" }))).toEqual({ ok: false, error: "unauthenticated" });
    viewerMock.current = { userId, role: "analyst", missionId: null };
    expect(await action(null, form({ keyword: "x" }))).toEqual({ ok: true, data: "done" });
    expect(await client.auditEntry.count()).toBe(0);
  });
});
