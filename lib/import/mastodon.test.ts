import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { gzipSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { tarOf } from "./test-support/tar";
import { handleFromAccountUrl, parseMastodonExport, parseMastodonOutbox } from "./mastodon";
import { parseXArchiveZip } from "./x-archive";
import { classifyPost } from "../metrics/post-kind";
import type { ImportRecord } from "./types";
import { worded } from "./test-support/worded";

const outbox = readFileSync(path.join(__dirname, "fixtures", "mastodon-outbox.json"), "utf8");
const tweets = readFileSync(path.join(__dirname, "fixtures", "tweets.js"), "utf8");
const STATUS = "https://mastodon.social/users/MongoliaMFA/statuses/1100000000000000";
const actor = JSON.stringify({
  id: "https://mastodon.social/users/MongoliaMFA",
  preferredUsername: "MongoliaMFA",
  type: "Person",
});

function parsed() {
  const result = worded(parseMastodonOutbox(outbox));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
// Posts keep the status id; boosts the id of their Announce activity.
const byId = (n: number) =>
  parsed().records.find((r) => r.platformId.startsWith(`${STATUS}${String(n).padStart(2, "0")}`));

describe("parseMastodonOutbox", () => {
  it("reads the public posts and boosts, and skips private, direct and deleted ones", () => {
    const result = parsed();
    expect(result.read).toBe(13);
    expect(result.records).toHaveLength(10);
    expect(result.skipped.map((s) => [s.index, s.reason])).toEqual([
      [6, "followers only"],
      [7, "direct"],
      [10, "deleted"],
    ]);
  });

  it("turns HTML into text, keeps the language and the counts", () => {
    expect(byId(1)).toEqual({
      platformId: `${STATUS}01`,
      postedAt: new Date("2017-08-09T10:05:00Z"),
      text: "Mongolia & Germany: 45 years of diplomatic relations.\n\nRead more on our site…",
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: [],
      likeCount: 12,
      replyCount: null,
      repostCount: 3,
      url: "https://mastodon.social/@MongoliaMFA/110000000000000001",
    });
    expect(byId(10)).toMatchObject({ language: "mn", text: 'Ардчиллын "өдөр"-ийг тэмдэглэлээ', likeCount: null });
  });

  it("converts offsets to UTC and records mentions as name@host", () => {
    expect(byId(2)).toMatchObject({
      postedAt: new Date("2017-08-09T10:05:00Z"),
      text: "Thank you @unesco_ch for the visit",
      mentions: ["unesco_ch@chaos.social"],
    });
  });

  it("tells a reply to another account from a thread of the account's own", () => {
    expect(byId(3)).toMatchObject({
      replyToHandle: "auswaertigesamt@diplo.social",
      mentions: ["auswaertigesamt@diplo.social"],
    });
    expect(byId(4)).toMatchObject({
      replyToHandle: "mongoliamfa@mastodon.social",
      text: "2/2 The programme of the anniversary week:\nconcert, exhibition, forum.",
    });
  });

  it("reads boosts of others and of the account itself, quotes, unlisted posts and self-mentions", () => {
    expect(byId(5)).toMatchObject({
      repostOfHandle: "un@un.example",
      text: "",
      url: "https://un.example/users/UN/statuses/4242",
    });
    expect(byId(6)).toMatchObject({ repostOfHandle: "mongoliamfa@mastodon.social" });
    expect(byId(9)).toMatchObject({ text: "Unlisted: consular hours next week" });
    expect(byId(12)).toMatchObject({ quotedHandle: "undp@un.example" });
    expect(byId(13)).toMatchObject({ mentions: ["mongoliamfa@mastodon.social"] });
  });

  it("uses the given author handle for the account's own threads and boosts", () => {
    const result = worded(parseMastodonOutbox(outbox, { authorHandle: "MFA@mastodon.social" }));
    expect(result.ok && result.records.find((r) => r.platformId === `${STATUS}04`)?.replyToHandle).toBe(
      "mfa@mastodon.social",
    );
  });

  it.each([
    ["{", /not valid JSON/],
    ['{"type":"OrderedCollection"}', /no list of activities/],
    ['{"orderedItems":[{"type":"Create","id":"x","published":"yesterday","object":{}}]}', /RFC 3339/],
    [
      '{"orderedItems":[{"type":"Create","id":"x","published":"2017-08-09T10:05:00Z","object":"text"}]}',
      /expected the created post as an object/,
    ],
    [
      '{"orderedItems":[{"type":"Announce","id":"x","published":"2017-08-09T10:05:00Z","to":"as:Public","object":5}]}',
      /boosted post/,
    ],
  ])("refuses %s with a clear problem", (content, message) => {
    const result = worded(parseMastodonOutbox(content));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  it("names the record and field of a bad activity", () => {
    const result = worded(
      parseMastodonOutbox(
        '{"orderedItems":[{"type":"Create","id":"a","published":"2017-08-09T10:05:00Z","object":{"type":"Note"}}]}',
      ),
    );
    expect(!result.ok && result.errors[0]).toMatchObject({ index: 0, field: "object.id" });
  });

  it("never throws on random JSON or text (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify({ orderedItems: [v] })),
        ),
        (content) => {
          const result = worded(parseMastodonOutbox(content));
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          else for (const r of result.records) expect(Number.isNaN(r.postedAt.getTime())).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("derives handles from account addresses", () => {
    expect(handleFromAccountUrl("https://Mastodon.Social/users/Foo")).toBe("foo@mastodon.social");
    expect(handleFromAccountUrl("https://chaos.social/@bar")).toBe("bar@chaos.social");
    expect(handleFromAccountUrl("not a url")).toBeNull();
  });
});

describe("parseMastodonExport", () => {
  const expected = () => worded(parseMastodonOutbox(outbox, { authorHandle: "mongoliamfa@mastodon.social" }));

  it("reads outbox.json and actor.json from a zip and from a tar.gz, in a top folder or not", () => {
    const zip = zipSync({
      "archive-20170815/outbox.json": strToU8(outbox),
      "archive-20170815/actor.json": strToU8(actor),
      "archive-20170815/media_attachments/a.png": new Uint8Array(10),
    });
    const tgz = gzipSync(
      tarOf([
        { name: "outbox.json", data: outbox },
        { name: "actor.json", data: actor },
      ]),
    );
    expect(worded(parseMastodonExport(zip, "archive.zip"))).toEqual(expected());
    expect(worded(parseMastodonExport(tgz, "archive.tar.gz"))).toEqual(expected());
  });

  it("refuses an archive without an outbox, one with a traversal path, and plain text", () => {
    expect(worded(parseMastodonExport(zipSync({ "notes.txt": strToU8("x") }), "a.zip"))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/no outbox.json/) }],
    });
    expect(
      worded(parseMastodonExport(gzipSync(tarOf([{ name: "../outbox.json", data: outbox }])), "a.tgz")),
    ).toMatchObject({ ok: false, errors: [{ file: "../outbox.json" }] });
    expect(worded(parseMastodonExport(strToU8("hello"), "a.txt"))).toMatchObject({ ok: false });
  });

  it("names outbox.json in the problems of a broken outbox", () => {
    const result = worded(parseMastodonExport(zipSync({ "outbox.json": strToU8("{") }), "a.zip"));
    expect(!result.ok && result.errors[0]?.file).toBe("outbox.json");
  });
});

describe("parseXArchiveZip", () => {
  const part1 =
    'window.YTD.tweets.part1 = [{"tweet":{"id_str":"990","created_at":"Wed Aug 16 10:00:00 +0000 2017","full_text":"part one"}}]';

  it("reads every tweets part of a whole X archive in one top folder", () => {
    const zip = zipSync({
      "twitter-2017-08-20/data/tweets.js": strToU8(tweets),
      "twitter-2017-08-20/data/tweets-part1.js": strToU8(part1),
      "twitter-2017-08-20/data/like.js": strToU8("x"),
    });
    const result = worded(parseXArchiveZip(zip, { authorHandle: "MFAMongolia" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.read).toBe(15);
    expect(result.records).toHaveLength(14);
    expect(result.records.at(-1)).toMatchObject({ platformId: "990", text: "part one" });
  });

  it("refuses a zip without tweets, and the same tweet in two parts", () => {
    expect(worded(parseXArchiveZip(zipSync({ "data/like.js": strToU8("x") })))).toMatchObject({
      ok: false,
      errors: [{ message: "This zip holds no data/tweets.js: is it an X archive?" }],
    });
    const twice = worded(
      parseXArchiveZip(
        zipSync({ "data/tweets.js": strToU8(part1.replace("part1", "part0")), "data/tweets-part1.js": strToU8(part1) }),
      ),
    );
    expect(!twice.ok && twice.errors[0]).toMatchObject({
      file: "data/tweets-part1.js",
      message: "tweet 990 is also in data/tweets.js",
    });
  });

  it("names the part a bad record is in", () => {
    const broken = worded(
      parseXArchiveZip(zipSync({ "data/tweets.js": strToU8(part1.replace("Wed Aug 16", "Someday")) })),
    );
    expect(!broken.ok && broken.errors[0]).toMatchObject({ file: "data/tweets.js", index: 0 });
  });
});

describe("the account's own actor (issue 22)", () => {
  // Mastodon's own backup: outbox.json names no actor at its top, each activity carries it; actor.json has the actor's id.
  const selfThread = readFileSync(path.join(__dirname, "fixtures", "mastodon-self-thread-outbox.json"), "utf8");
  const actorJson = readFileSync(path.join(__dirname, "fixtures", "mastodon-actor.json"), "utf8");
  const ACTOR = "https://mastodon.social/users/MongoliaMFA";
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
  const tally = (list: string[]) =>
    list.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

  it.each(["mongoliamfa", "MongoliaMFA@mastodon.social"])(
    "counts a self-thread as broadcast from the activities' actor, for the account handle %s",
    (authorHandle) => {
      const result = worded(parseMastodonOutbox(selfThread, { authorHandle }));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      // 1–3 and 6 continue the account's own thread (6 mentions only the account itself); 4 and 5 talk to another account; 7 boosts its own post.
      expect(categories(result.records, authorHandle)).toEqual([
        "broadcast",
        "broadcast",
        "broadcast",
        "engagement",
        "engagement",
        "broadcast",
        "amplification",
      ]);
      expect(tally(categories(result.records, authorHandle))).toEqual({
        broadcast: 4,
        engagement: 2,
        amplification: 1,
      });
    },
  );

  it("recognises the self-thread by the stored actor URI when the activities do not name their actor", () => {
    const bare = JSON.stringify({
      ...JSON.parse(selfThread),
      orderedItems: JSON.parse(selfThread).orderedItems.map(({ actor: _actor, ...item }: { actor: string }) => item),
    });
    const result = worded(parseMastodonOutbox(bare, { authorHandle: "mongoliamfa", ownPlatformUserId: ACTOR }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.records[1]).toMatchObject({ replyToHandle: "mongoliamfa" });
    expect(categories(result.records, "mongoliamfa").filter((c) => c === "broadcast")).toHaveLength(4);
  });

  it("says which account the outbox and the export belong to", () => {
    expect(worded(parseMastodonOutbox(selfThread))).toMatchObject({
      ok: true,
      identity: { platformUserId: ACTOR, handle: "mongoliamfa@mastodon.social" },
    });
    const zip = zipSync({ "outbox.json": strToU8(selfThread), "actor.json": strToU8(actorJson) });
    expect(
      worded(parseMastodonExport(zip, "archive.zip", { authorHandle: "mongoliamfa@mastodon.social" })),
    ).toMatchObject({ ok: true, identity: { platformUserId: ACTOR, handle: "mongoliamfa@mastodon.social" } });
    // actor.json names the account even when the activities do not.
    const bare = JSON.stringify({ ...JSON.parse(selfThread), orderedItems: [] });
    expect(
      worded(
        parseMastodonExport(zipSync({ "outbox.json": strToU8(bare), "actor.json": strToU8(actorJson) }), "archive.zip"),
      ),
    ).toMatchObject({ ok: true, identity: { platformUserId: ACTOR } });
    expect(worded(parseMastodonOutbox(bare))).toMatchObject({ ok: true, identity: null });
  });
});

describe("skipped activities by reason (issue 22, item 11)", () => {
  // Hand-made outbox shaped like Mastodon's backup: visibility is in each object's and activity's to/cc.
  const ACTOR = "https://social.example/users/embassy";
  const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
  const FOLLOWERS = `${ACTOR}/followers`;
  const note = (n: number, to: string[], cc: string[], extra: Record<string, unknown> = {}) => ({
    id: `${ACTOR}/statuses/${n}/activity`,
    type: "Create",
    actor: ACTOR,
    published: "2024-05-01T09:00:00Z",
    to,
    cc,
    object: {
      id: `${ACTOR}/statuses/${n}`,
      type: "Note",
      published: "2024-05-01T09:00:00Z",
      content: `<p>Post ${n}</p>`,
      contentMap: { en: `<p>Post ${n}</p>` },
      to,
      cc,
      ...extra,
    },
  });
  const items = [
    note(1, [PUBLIC], [FOLLOWERS]),
    note(2, [FOLLOWERS], [PUBLIC]), // unlisted: public, only left out of the public timelines
    note(3, [FOLLOWERS], []), // followers-only
    note(4, ["https://other.example/users/friend"], [], {
      tag: [{ type: "Mention", href: "https://other.example/users/friend", name: "@friend@other.example" }],
    }), // direct
    {
      id: `${ACTOR}/statuses/5/activity`,
      type: "Create",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to: [PUBLIC],
      cc: [],
      object: { id: `${ACTOR}/statuses/5`, type: "Tombstone" },
    },
    note(1, [PUBLIC], [FOLLOWERS]), // the pinned post listed a second time
    {
      id: `${ACTOR}/statuses/7/activity`,
      type: "Announce",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to: [FOLLOWERS],
      cc: [],
      object: "https://other.example/users/friend/statuses/70",
    }, // a followers-only boost
    {
      id: `${ACTOR}/statuses/8/activity`,
      type: "Announce",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to: [PUBLIC],
      cc: [FOLLOWERS],
      object: { id: "https://other.example/users/friend/statuses/80", type: "Tombstone" },
    },
    {
      id: `${ACTOR}/statuses/9/activity`,
      type: "Announce",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to: [PUBLIC],
      cc: [FOLLOWERS],
      object: {
        id: "https://other.example/users/friend/statuses/90",
        type: "Note",
        contentMap: { de: "<p>Hallo</p>" },
      },
    },
    {
      id: `${ACTOR}/statuses/10/activity`,
      type: "Announce",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to: ["as:Public"],
      cc: [],
      object: "https://other.example/users/friend/statuses/100",
    },
  ];
  const result = worded(parseMastodonOutbox(JSON.stringify({ type: "OrderedCollection", orderedItems: items })));

  it("names each reason: followers only, direct, deleted, pinned duplicate, boost of a deleted post", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.skipped.map((s) => [s.index, s.reason])).toEqual([
      [2, "followers only"],
      [3, "direct"],
      [4, "deleted"],
      [5, "pinned duplicate"],
      [6, "followers only"],
      [7, "boost of a deleted post"],
    ]);
    expect(result.records.map((r) => r.platformId)).toEqual([
      `${ACTOR}/statuses/1`,
      `${ACTOR}/statuses/2`,
      `${ACTOR}/statuses/9/activity`,
      `${ACTOR}/statuses/10/activity`,
    ]);
  });

  it("gives a boost the language of the boosted post when the export embeds it, none when it names only its address", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const language = (n: number) =>
      result.records.find((r) => r.platformId === `${ACTOR}/statuses/${n}/activity`)?.language;
    expect(language(9)).toBe("de");
    expect(language(10)).toBeNull();
  });
});
