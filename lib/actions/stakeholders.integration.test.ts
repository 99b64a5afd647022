/**
 * The stakeholder label actions as the form sends them: the select starts on
 * "Choose…" (an empty value), and a Save or a bulk label without a choice is
 * refused on the server, naming the category field, with nothing written.
 * Only the session is faked (next-auth's getServerSession), as in
 * lib/auth/role-matrix.integration.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";

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
let actions: typeof import("./stakeholders");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Every label and every audit entry: what a refused action must leave as it was. */
const snapshot = async () => ({
  labels: await client.stakeholder.findMany({ orderBy: { id: "asc" } }),
  audit: await client.auditEntry.count(),
});

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "stakeholder-actions-test-secret-0123456789";
  client = createPrismaClient(database.url);
  actions = await import("./stakeholders");
  const analyst = await client.user.findUniqueOrThrow({ where: { email: "analyst@chancery.demo" } });
  session.current = { userId: analyst.id, signedInAt: Date.now(), sessionVersion: analyst.sessionVersion };
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const refusedCategory = (code: string) => ({ ok: false, error: "invalid", fieldErrors: { category: [code] } });

describe("labelling without choosing a category", () => {
  it("refuses an unlabelled account's Save with no category, empty or left out, and writes nothing", async () => {
    expect(await client.stakeholder.count({ where: { handle: "demo_sg_university" } })).toBe(0);
    const before = await snapshot();
    const fields = { platform: "x", handle: "demo_sg_university", displayName: "National University (demo)" };
    expect(await actions.labelStakeholderAction(null, form({ ...fields, category: "" }))).toEqual(
      refusedCategory("categoryRequired"),
    );
    // A disabled or missing option sends no category at all.
    expect(await actions.labelStakeholderAction(null, form(fields))).toEqual(refusedCategory("categoryRequired"));
    expect(await actions.labelStakeholderAction(null, form({ ...fields, category: "gossip" }))).toEqual(
      refusedCategory("categoryInvalid"),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("leaves a labelled account's label as it was", async () => {
    const before = await snapshot();
    const labelled = await client.stakeholder.findUniqueOrThrow({
      where: { platform_handle: { platform: "x", handle: "demo_sg_foreign_ministry" } },
    });
    expect(labelled.category).toBe("foreign_ministry");
    const result = await actions.labelStakeholderAction(
      null,
      form({ platform: "x", handle: "demo_sg_foreign_ministry", category: "", displayName: "Renamed" }),
    );
    expect(result).toEqual(refusedCategory("categoryRequired"));
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a bulk label with no category and writes nothing", async () => {
    const before = await snapshot();
    const targets = JSON.stringify([
      { platform: "x", handle: "demo_sg_university" },
      { platform: "x", handle: "demo_hk_university" },
    ]);
    expect(await actions.bulkLabelStakeholdersAction(null, form({ category: "", targets }))).toEqual(
      refusedCategory("categoryRequired"),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("saves the category that was chosen", async () => {
    const result = await actions.labelStakeholderAction(
      null,
      form({ platform: "x", handle: "demo_sg_university", category: "civil_society", displayName: "" }),
    );
    expect(result).toEqual({ ok: true, data: { count: 1 } });
    expect(
      await client.stakeholder.findUniqueOrThrow({
        where: { platform_handle: { platform: "x", handle: "demo_sg_university" } },
      }),
    ).toMatchObject({ category: "civil_society" });
  });
});
