/**
 * The credentials sign-in as next-auth calls it, with the headers the request guard passes on:
 * the address lockout and the audit log use the guard's address, not X-Forwarded-For.
 */
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { hashPassword } from "./password";

let database: TestDatabase;
let client: PrismaClient;
type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<unknown>;
let authorize: Authorize;

beforeAll(async () => {
  // The guard's headers count only where the guard runs (it marks the process when preloaded).
  (globalThis as Record<symbol, unknown>)[Symbol.for("chancery.requestGuard")] = true;
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  await client.user.create({
    data: {
      email: "analyst@mfa.test",
      name: "Analyst",
      role: "analyst",
      passwordHash: await hashPassword("correct horse battery"),
    },
  });
  const { authOptions } = await import("./options");
  const credentials = authOptions.providers.find((provider) => provider.id === "credentials") as unknown as {
    options: { authorize: Authorize };
  };
  authorize = credentials.options.authorize;
});

afterAll(async () => {
  await client?.$disconnect();
  database?.remove();
});

describe("credentials sign-in behind the request guard", () => {
  it("keeps a locked address locked whatever X-Forwarded-For claims, and audits the guard's address", async () => {
    const locked = "203.0.113.9";
    // Five wrong guesses from one client (its proxy wrote the same address in both headers).
    const direct = { "x-forwarded-for": locked, "x-chancery-client-address": locked };
    for (let i = 0; i < 5; i++) {
      await authorize({ email: `spray${i}@mfa.test`, password: "guess" }, { headers: direct }).catch((error: Error) =>
        expect(error.message).toBe("locked"),
      );
    }
    const forged = { "x-forwarded-for": `10.0.0.3, ${locked}`, "x-chancery-client-address": locked };
    await expect(
      authorize({ email: "analyst@mfa.test", password: "correct horse battery" }, { headers: forged }),
    ).rejects.toThrow("locked");
    const entries = await client.auditEntry.findMany({ where: { action: { in: ["sign_in", "sign_in_locked"] } } });
    expect(entries.map((entry) => [entry.action, entry.address])).toEqual([["sign_in_locked", locked]]);
  });
});
