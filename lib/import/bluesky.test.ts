import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { didOfAtUri, parseBlueskyAuthorFeed, parseBlueskyRepo } from "./bluesky";
import { repoCar } from "./test-support/bluesky-car";
import { classifyPost } from "../metrics/post-kind";
import type { ImportRecord } from "./types";
import { worded } from "./test-support/worded";

const feed = readFileSync(path.join(__dirname, "fixtures", "bluesky-author-feed.json"), "utf8");
const DID = "did:plc:mfamongolia";

function ok(content: string, authorHandle?: string) {
  const result = worded(parseBlueskyAuthorFeed(content, { authorHandle }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("parseBlueskyAuthorFeed", () => {
  it("reads posts with counts and languages, threads, replies, mentions, quotes and reposts", () => {
    const { records, skipped, read } = ok(feed);
    expect(read).toBe(6);
    expect(skipped).toEqual([
      { index: 5, platformId: `at://${DID}/app.bsky.feed.post/3kx6`, reason: "deleted or blocked" },
    ]);
    expect(records[0]).toEqual({
      platformId: `at://${DID}/app.bsky.feed.post/3kx1`,
      postedAt: new Date("2017-08-09T10:05:00Z"),
      text: "Mongolia and Germany mark 45 years of diplomatic relations.",
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: [],
      likeCount: 14,
      replyCount: 2,
      repostCount: 5,
      url: "https://bsky.app/profile/mfa.mn/post/3kx1",
    });
    expect(records[1]).toMatchObject({
      postedAt: new Date("2017-08-09T10:07:00Z"),
      replyToHandle: "mfa.mn",
      language: null,
    });
    expect(records[2]).toMatchObject({ replyToHandle: "diplo.de.example", mentions: ["diplo.de.example"] });
    expect(records[3]).toMatchObject({
      platformId: "repost:at://did:plc:un/app.bsky.feed.post/un1",
      postedAt: new Date("2017-08-11T09:00:00Z"),
      repostOfHandle: "un.org.example",
      likeCount: null,
    });
    expect(records[4]).toMatchObject({ language: "mn", quotedHandle: "undp.example" });
  });

  it("skips other accounts' posts and reads several pages", () => {
    const pages = JSON.stringify([
      JSON.parse(feed),
      {
        feed: [
          {
            post: {
              uri: "at://did:plc:x/app.bsky.feed.post/1",
              author: { did: "did:plc:x", handle: "x.example" },
              record: { $type: "app.bsky.feed.post", text: "hi", createdAt: "2017-08-01T00:00:00Z" },
            },
          },
        ],
      },
    ]);
    const result = ok(pages, "mfa.mn");
    expect(result.records).toHaveLength(5);
    expect(result.skipped.at(-1)).toMatchObject({ reason: "not by this account" });
  });

  it.each([
    ["{", /not valid JSON/],
    ['{"cursor":"x"}', /no list of posts/],
    [
      '{"feed":[{"post":{"uri":"at://did:plc:a/app.bsky.feed.post/1","author":{"did":"did:plc:a","handle":"a"},"record":{"$type":"app.bsky.feed.post","text":"x","createdAt":"yesterday"}}}]}',
      /RFC 3339/,
    ],
    ['{"feed":[{"post":{"uri":"https://x"}}]}', /.+/],
  ])("refuses %s", (content, message) => {
    const result = worded(parseBlueskyAuthorFeed(content));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  it("never throws on random JSON (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify({ feed: [v] })),
        ),
        (content) => {
          const result = worded(parseBlueskyAuthorFeed(content));
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the DID of an AT URI", () => {
    expect(didOfAtUri("at://did:plc:abc123/app.bsky.feed.post/3k")).toBe("did:plc:abc123");
    expect(didOfAtUri("https://bsky.app")).toBeNull();
  });
});

describe("parseBlueskyRepo", () => {
  it("reads posts and reposts from the record tree, with the same ids as the author feed", async () => {
    const car = await repoCar(DID, [
      [
        "app.bsky.feed.post/3kx1",
        {
          $type: "app.bsky.feed.post",
          text: "Mongolia and Germany mark 45 years of diplomatic relations.",
          createdAt: "2017-08-09T10:05:00.000Z",
          langs: ["en"],
        },
      ],
      [
        "app.bsky.feed.post/3kx2",
        {
          $type: "app.bsky.feed.post",
          text: "2/2",
          createdAt: "2017-08-09T10:07:00Z",
          reply: {
            root: { uri: `at://${DID}/app.bsky.feed.post/3kx1`, cid: "x" },
            parent: { uri: `at://${DID}/app.bsky.feed.post/3kx1`, cid: "x" },
          },
        },
      ],
      [
        "app.bsky.feed.post/3kx3",
        {
          $type: "app.bsky.feed.post",
          text: "@diplo.de.example thanks",
          createdAt: "2017-08-10T08:00:00Z",
          reply: {
            root: { uri: "at://did:plc:auswaertiges/app.bsky.feed.post/aa1", cid: "y" },
            parent: { uri: "at://did:plc:auswaertiges/app.bsky.feed.post/aa1", cid: "y" },
          },
          facets: [
            {
              index: { byteStart: 0, byteEnd: 17 },
              features: [{ $type: "app.bsky.richtext.facet#mention", did: "did:plc:auswaertiges" }],
            },
          ],
        },
      ],
      [
        "app.bsky.feed.repost/3kx4",
        {
          $type: "app.bsky.feed.repost",
          subject: { uri: "at://did:plc:un/app.bsky.feed.post/un1", cid: "z" },
          createdAt: "2017-08-11T09:00:00.000Z",
        },
      ],
      [
        "app.bsky.feed.like/3kx9",
        {
          $type: "app.bsky.feed.like",
          subject: { uri: "at://did:plc:un/app.bsky.feed.post/un1", cid: "z" },
          createdAt: "2017-08-11T09:00:00.000Z",
        },
      ],
      [
        "app.bsky.feed.post/3kx5",
        {
          $type: "app.bsky.feed.post",
          text: "Ардчиллын өдөр",
          createdAt: "2017-08-12T07:00:00Z",
          langs: ["mn"],
          embed: {
            $type: "app.bsky.embed.record",
            record: { uri: "at://did:plc:undp/app.bsky.feed.post/u7", cid: "c" },
          },
        },
      ],
    ]);
    const result = worded(await parseBlueskyRepo(car, { authorHandle: "mfa.mn" }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.read).toBe(5);
    const byId = new Map(result.records.map((r) => [r.platformId, r]));
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kx1`)).toMatchObject({
      language: "en",
      likeCount: null,
      url: "https://bsky.app/profile/mfa.mn/post/3kx1",
    });
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kx2`)).toMatchObject({ replyToHandle: "mfa.mn" });
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kx3`)).toMatchObject({
      replyToHandle: "did:plc:auswaertiges",
      mentions: ["diplo.de.example"],
    });
    expect(byId.get("repost:at://did:plc:un/app.bsky.feed.post/un1")).toMatchObject({
      repostOfHandle: "did:plc:un",
      postedAt: new Date("2017-08-11T09:00:00Z"),
    });
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kx5`)).toMatchObject({
      language: "mn",
      quotedHandle: "did:plc:undp",
    });
    // The author feed gives the same ids: importing one after the other adds nothing twice.
    const fromFeed = ok(feed).records.map((r) => r.platformId);
    expect(fromFeed.filter((id) => byId.has(id))).toHaveLength(5);
  });

  it("reports a damaged repository instead of throwing (fast-check)", async () => {
    expect(worded(await parseBlueskyRepo(new Uint8Array([1, 2, 3])))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/not a readable Bluesky repository/) }],
    });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const result = worded(await parseBlueskyRepo(bytes));
        expect(result.ok === false || result.records.length >= 0).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the account's own DID (issue 22)", () => {
  // The account changed its handle after it was entered: the feed shows the new one; the DID stays.
  const changed = readFileSync(path.join(__dirname, "fixtures", "bluesky-handle-changed-feed.json"), "utf8");
  const OWN = "did:plc:embassyberlinmn";
  const OLD = "mongoliaembassy.bsky.social";
  const categories = (records: ImportRecord[], authorHandle: string) =>
    records.map((r) =>
      classifyPost({
        authorHandle,
        replyToHandle: r.replyToHandle,
        quotedHandle: r.quotedHandle,
        repostOfHandle: r.repostOfHandle,
        mentions: r.mentions,
      }),
    );
  // 1 original; 2 and 6 continue its thread (6 mentions only itself); 3 quotes itself; 4 replies to another account; 5 reposts itself.
  const expected = ["broadcast", "broadcast", "broadcast", "engagement", "amplification", "broadcast"];

  it("says whose feed it is: the DID and handle of the feed's author", () => {
    expect(worded(parseBlueskyAuthorFeed(feed))).toMatchObject({
      ok: true,
      identity: { platformUserId: DID, handle: "mfa.mn" },
    });
    expect(worded(parseBlueskyAuthorFeed(changed, { authorHandle: OLD }))).toMatchObject({
      ok: true,
      identity: { platformUserId: OWN, handle: "mongolia-embassy.de.example" },
    });
  });

  it.each([
    ["the stored DID", { authorHandle: OLD, ownPlatformUserId: OWN }],
    ["the feed's own author, on the first import", { authorHandle: OLD }],
  ])("judges a self-thread, a self-quote and a self-mention by %s when the handle changed", (_label, options) => {
    const result = worded(parseBlueskyAuthorFeed(changed, options));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.skipped).toEqual([]);
    expect(categories(result.records, OLD)).toEqual(expected);
    expect(result.records[1]).toMatchObject({ replyToHandle: OLD });
    expect(result.records[5]).toMatchObject({ mentions: [OLD] });
  });

  it("reports the other author's DID when the feed is not the account's, and reads that author's posts", () => {
    const result = worded(parseBlueskyAuthorFeed(feed, { authorHandle: OLD, ownPlatformUserId: OWN }));
    expect(result).toMatchObject({ ok: true, identity: { platformUserId: DID, handle: "mfa.mn" } });
    expect(result.ok && result.records).toHaveLength(5);
  });

  it("names the repository's DID as the export's identity", async () => {
    const car = await repoCar(OWN, [
      ["app.bsky.feed.post/3la1", { $type: "app.bsky.feed.post", text: "hello", createdAt: "2024-05-01T09:00:00Z" }],
    ]);
    expect(worded(await parseBlueskyRepo(car, { authorHandle: OLD }))).toMatchObject({
      ok: true,
      identity: { platformUserId: OWN, handle: null },
    });
  });
});

describe("reposts take the language of what they repost (issue 22, item 10)", () => {
  const author = { did: DID, handle: "mfa.mn" };
  const un = { did: "did:plc:un", handle: "un.example" };
  // A getAuthorFeed page: a repost item carries the reposted post with its record (and its langs).
  const page = JSON.stringify({
    feed: [
      {
        post: {
          uri: "at://did:plc:un/app.bsky.feed.post/un1",
          cid: "c1",
          author: un,
          record: {
            $type: "app.bsky.feed.post",
            text: "Le Conseil de sécurité se réunit aujourd'hui.",
            createdAt: "2024-05-01T08:00:00Z",
            langs: ["fr"],
          },
          indexedAt: "2024-05-01T08:00:01Z",
        },
        reason: { $type: "app.bsky.feed.defs#reasonRepost", by: author, indexedAt: "2024-05-01T09:00:00Z" },
      },
      {
        post: {
          uri: "at://did:plc:un/app.bsky.feed.post/un2",
          cid: "c2",
          author: un,
          record: { $type: "app.bsky.feed.post", text: "no language given", createdAt: "2024-05-01T08:00:00Z" },
          indexedAt: "2024-05-01T08:00:01Z",
        },
        reason: { $type: "app.bsky.feed.defs#reasonRepost", by: author, indexedAt: "2024-05-01T09:30:00Z" },
      },
      {
        post: {
          uri: `at://${DID}/app.bsky.feed.post/own1`,
          cid: "c3",
          author,
          record: {
            $type: "app.bsky.feed.post",
            text: "Сайн байна уу",
            createdAt: "2024-05-01T10:00:00Z",
            langs: ["mn"],
          },
          indexedAt: "2024-05-01T10:00:01Z",
        },
      },
    ],
  });

  it("reads the reposted record's langs in an author feed", () => {
    const { records } = ok(page, "mfa.mn");
    expect(records.map((r) => [r.platformId, r.language])).toEqual([
      ["repost:at://did:plc:un/app.bsky.feed.post/un1", "fr"],
      ["repost:at://did:plc:un/app.bsky.feed.post/un2", null],
      [`at://${DID}/app.bsky.feed.post/own1`, "mn"],
    ]);
  });

  it("gives a repository's repost of its own post that post's language (others' posts are not in the repository)", async () => {
    const car = await repoCar(DID, [
      [
        "app.bsky.feed.post/3la1",
        { $type: "app.bsky.feed.post", text: "Guten Tag aus Berlin", createdAt: "2024-05-01T09:00:00Z", langs: ["de"] },
      ],
      [
        "app.bsky.feed.repost/3la2",
        {
          $type: "app.bsky.feed.repost",
          subject: { uri: `at://${DID}/app.bsky.feed.post/3la1`, cid: "z" },
          createdAt: "2024-05-02T09:00:00.000Z",
        },
      ],
      [
        "app.bsky.feed.repost/3la3",
        {
          $type: "app.bsky.feed.repost",
          subject: { uri: "at://did:plc:un/app.bsky.feed.post/un1", cid: "z" },
          createdAt: "2024-05-02T09:00:00.000Z",
        },
      ],
    ]);
    const result = worded(await parseBlueskyRepo(car, { authorHandle: "mfa.mn" }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const byId = new Map(result.records.map((r) => [r.platformId, r.language]));
    expect(byId.get(`repost:at://${DID}/app.bsky.feed.post/3la1`)).toBe("de");
    expect(byId.get("repost:at://did:plc:un/app.bsky.feed.post/un1")).toBeNull();
  });
});

describe("a pinned post in an author feed (issue 22, item 11)", () => {
  it("is skipped as a pinned duplicate: getAuthorFeed with includePins lists it first with reasonPin, and again in its place", () => {
    const author = { did: DID, handle: "mfa.mn" };
    const post = {
      uri: `at://${DID}/app.bsky.feed.post/pin1`,
      cid: "c",
      author,
      record: { $type: "app.bsky.feed.post", text: "Pinned", createdAt: "2024-01-01T09:00:00Z" },
      indexedAt: "2024-01-01T09:00:01Z",
    };
    const page = JSON.stringify({ feed: [{ post, reason: { $type: "app.bsky.feed.defs#reasonPin" } }, { post }] });
    const result = ok(page, "mfa.mn");
    expect(result.skipped).toEqual([{ index: 0, platformId: post.uri, reason: "pinned duplicate" }]);
    expect(result.records.map((r) => r.platformId)).toEqual([post.uri]);
  });
});
