import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { startCountingServer, type CountingServer } from "../../scripts/test-support/counting-server";
import { createPrismaClient } from "../prisma-client";
import { createOutboundClient } from "../security/outbound-http";
import type { Viewer } from "../auth/permissions";

let database: TestDatabase;
let client: PrismaClient;
let imports: typeof import("./imports");
// Stands in for a public blog: the client below allows 127.0.0.2 and nothing else, so
// the order of the checks, not the address rules, is what keeps it unreached.
let blog: CountingServer;
let blogId: string;
let xId: string;

const analyst: Viewer = { userId: "analyst", role: "analyst", missionId: null };
const outbound = createOutboundClient({ isAllowedAddress: (address) => address === "127.0.0.2", resolve: async () => ["127.0.0.2"] });
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Embassy</title><item><guid>1</guid><title>Hello</title><pubDate>Tue, 15 Aug 2017 10:00:00 GMT</pubDate></item></channel></rss>`;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  const mission = await client.mission.create({ data: { slug: "canada", name: "Canada", country: "Canada", kind: "embassy", timeZone: "America/Toronto" } });
  blogId = (await client.account.create({ data: { missionId: mission.id, platform: "blog", handle: "canada.example.org" } })).id;
  xId = (await client.account.create({ data: { missionId: mission.id, platform: "x", handle: "MongoliaCanada" } })).id;
  await client.user.create({ data: { id: "analyst", email: "analyst@example.org", name: "Analyst", role: "analyst", passwordHash: "x" } });
  blog = await startCountingServer("127.0.0.2", 0, (request, response) => {
    if (request.url === "/feed") response.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
    else response.writeHead(404).end();
  });
  imports = await import("./imports");
});

afterAll(async () => {
  await blog?.close();
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

beforeEach(() => {
  blog.requests.length = 0;
});

const feedUrl = (path = "/feed") => `http://blog.test:${blog.port}${path}`;

describe("importFeed", () => {
  it("checks the viewer and the account before any request", async () => {
    await expect(imports.importFeed({ userId: "amb", role: "ambassador", missionId: "m" }, { accountId: blogId, url: feedUrl() }, { client: outbound })).rejects.toMatchObject({ code: "forbidden" });
    await expect(imports.importFeed(analyst, { accountId: "no-such-account", url: feedUrl() }, { client: outbound })).rejects.toMatchObject({ code: "not_found" });
    expect(await imports.importFeed(analyst, { accountId: xId, url: feedUrl() }, { client: outbound })).toEqual({ ok: false, problem: { code: "not_a_feed_account" } });
    expect(blog.requests).toEqual([]);
  });

  it("fetches a blog account's feed once and records the run", async () => {
    const result = await imports.importFeed(analyst, { accountId: blogId, url: feedUrl() }, { client: outbound });
    expect(blog.requests).toEqual(["/feed"]);
    expect(result.ok).toBe(true);
    const runId = result.ok ? result.runId : "";
    // The run goes on in the background queue; wait for it so the store is not closed under it.
    let run = await client.importRun.findUniqueOrThrow({ where: { id: runId } });
    for (let i = 0; i < 100 && run.status === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = await client.importRun.findUniqueOrThrow({ where: { id: runId } });
    }
    expect(run).toMatchObject({ accountId: blogId, fileName: `blog.test:${blog.port}/feed`, via: "web", status: "succeeded", created: 1 });
  });

  it("audits a refused address with the host asked for, and not a public server's own answer", async () => {
    const before = await client.auditEntry.count({ where: { action: "fetch_refused" } });
    expect(await imports.importFeed(analyst, { accountId: blogId, url: feedUrl("/missing") }, { client: outbound })).toEqual({ ok: false, problem: { code: "http_status", status: 404 } });
    expect(await client.auditEntry.count({ where: { action: "fetch_refused" } })).toBe(before);
    expect(await imports.importFeed(analyst, { accountId: blogId, url: "http://169.254.169.254/latest/meta-data/" }, { client: outbound })).toEqual({ ok: false, problem: { code: "cannot_fetch" } });
    const entry = await client.auditEntry.findFirstOrThrow({ where: { action: "fetch_refused" }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ actorId: "analyst", targetType: "account", targetId: blogId });
    expect(JSON.parse(entry.details)).toEqual({ host: "169.254.169.254", reason: "not_public" });
  });
});

describe("getImportRun", () => {
  it("reads a run's problems as codes and values, and a run stored before the codes with its sentences as they were", async () => {
    const { problemText } = await import("../import/problem-text");
    const errors = [
      { index: null, field: null, code: "importProblems.fileEmpty" },
      { index: 3, line: 5, field: "posted_at", code: "importProblems.record.feedRepeats", params: { earlier: 1, id: "a" } },
      { index: null, field: "accountId", message: "The chosen account does not exist." },
    ];
    const base = { target: "posts", format: "x-archive", via: "cli", fileName: "tweets.js", fileHash: "0", fileBytes: 1, status: "rejected", errorCount: errors.length };
    const run = await client.importRun.create({ data: { ...base, errors: JSON.stringify(errors) } });
    const detail = await imports.getImportRun(analyst, run.id);
    expect(detail?.errors).toEqual(errors);
    expect(detail?.errors.map(problemText)).toEqual(["The file is empty.", "repeats item 1 (a)", "The chosen account does not exist."]);
  });
});
