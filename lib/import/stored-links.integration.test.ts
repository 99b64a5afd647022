/**
 * Only web links (http, https) are stored, whatever the export says: a
 * javascript:, data:, vbscript: or file: address on a post would run or open
 * something local when someone clicks it on the post list.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { importPosts } from "./import-posts";
import { parseMastodonOutbox } from "./mastodon";
import { parseFeed } from "./feed";
import { parsePostsCsv } from "./csv-posts";
import { parseXArchiveTweets } from "./x-archive";
import { parseBlueskyAuthorFeed } from "./bluesky";
import type { ImportRecord, ParseResult } from "./types";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const HOSTILE = [
  "javascript:alert(document.cookie)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
];

let database: TestDatabase;
let db: PrismaClient;
let accountId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  accountId = (await db.account.create({ data: { missionId: mission.id, platform: "other", handle: "mongoliamfa" } }))
    .id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

beforeEach(() => db.post.deleteMany());

function records(result: ParseResult): ImportRecord[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.records;
}

/** Imports the records and gives back every stored post's link. */
async function storedLinks(parsed: ImportRecord[]) {
  const report = await importPosts(db, { accountId, records: parsed, actorId: null });
  const posts = await db.post.findMany({ select: { url: true } });
  return { report, links: posts.map((p) => p.url) };
}

describe("links stored from each format", () => {
  it.each(HOSTILE)("Mastodon outbox: %s is stored as no link", async (link) => {
    const outbox = fixture("mastodon-outbox.json").replace(
      '"url": "https://mastodon.social/@MongoliaMFA/110000000000000001"',
      `"url": ${JSON.stringify(link)}`,
    );
    const { links, report } = await storedLinks(records(parseMastodonOutbox(outbox)));
    expect(links).toContain(null);
    expect(links.some((l) => l !== null && !/^https?:\/\//.test(l))).toBe(false);
    expect(report.linksDropped).toBe(1);
  });

  it.each(HOSTILE)("RSS feed: %s is stored as no link", async (link) => {
    const rss = fixture("feed-rss.xml").replace(
      "<link>https://berlin.mfa.example/news/credentials</link>",
      `<link>${link}</link>`,
    );
    const { links, report } = await storedLinks(records(parseFeed(rss)));
    expect(links).toContain(null);
    expect(links.every((l) => l === null || /^https?:\/\//.test(l))).toBe(true);
    expect(report.linksDropped).toBe(1);
  });

  it.each(HOSTILE)("Atom feed: %s is stored as no link", async (link) => {
    const atom = fixture("feed-atom.xml").replace(
      'href="https://un.mfa.example/statements/unsc-2017-08"',
      `href="${link}"`,
    );
    const { links } = await storedLinks(records(parseFeed(atom)));
    expect(links).toContain(null);
    expect(links.every((l) => l === null || /^https?:\/\//.test(l))).toBe(true);
  });

  it.each(HOSTILE)("posts CSV: %s is refused with the row and column, and nothing is stored", async (link) => {
    const csv = fixture("posts.csv").replace(
      "https://www.facebook.com/mongolianembassy/posts/1001",
      link.includes(",") ? `"${link}"` : link,
    );
    const result = parsePostsCsv(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ line: 2, field: "url" })]);
  });

  it.each(HOSTILE)(
    "records from any parser (X, Bluesky, …) carrying %s: the write door stores no link",
    async (link) => {
      const x = records(parseXArchiveTweets(fixture("tweets.js"), { authorHandle: "MFAMongolia" })).slice(0, 2);
      const bluesky = records(parseBlueskyAuthorFeed(fixture("bluesky-author-feed.json"))).slice(0, 1);
      const given = [...x, ...bluesky].map((r, i) => ({ ...r, url: i === 0 ? link : r.url }));
      const { links, report } = await storedLinks(given);
      expect(links.filter((l) => l === null)).toHaveLength(1);
      expect(links.every((l) => l === null || /^https:\/\//.test(l))).toBe(true);
      expect(report.linksDropped).toBe(1);
    },
  );

  it("keeps http and https links as they are", async () => {
    const given = records(parseXArchiveTweets(fixture("tweets.js"), { authorHandle: "MFAMongolia" }))
      .slice(0, 2)
      .map((r, i) => ({ ...r, url: i === 0 ? "http://mfa.example/a?b=1#c" : "HTTPS://MFA.example/x" }));
    const { links, report } = await storedLinks(given);
    expect(links.sort()).toEqual(["HTTPS://MFA.example/x", "http://mfa.example/a?b=1#c"]);
    expect(report.linksDropped).toBe(0);
  });
});
