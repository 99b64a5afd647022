import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyPost, postKind } from "../metrics/post-kind";
import { decodeHtmlEntities, parseXArchiveTweets, parseXDate, readXArchiveTweets } from "./x-archive";
import type { ImportRecord, ParseResult } from "./types";
import { worded, type Worded } from "./test-support/worded";

const FIXTURE = path.join(__dirname, "fixtures", "tweets.js");
const fixture = readFileSync(FIXTURE, "utf8");
const AUTHOR = "MFAMongolia";

function records(result: Worded<ParseResult>): ImportRecord[] {
  if (!result.ok) throw new Error(`expected records, got errors: ${JSON.stringify(result.errors)}`);
  return result.records;
}

function byId(list: ImportRecord[], id: string): ImportRecord {
  const record = list.find((r) => r.platformId === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

function judged(record: ImportRecord) {
  const shape = { authorHandle: AUTHOR, ...record };
  return [postKind(shape), classifyPost(shape)];
}

/** A tweets.js text from tweet objects, wrapped as archives wrap them. */
function archive(tweets: unknown[]): string {
  return `window.YTD.tweets.part0 = ${JSON.stringify(
    tweets.map((tweet) => ({ tweet })),
    null,
    2,
  )}`;
}

const valid = {
  id_str: "1000000000000000001",
  created_at: "Wed Aug 09 10:05:00 +0000 2017",
  full_text: "Hello",
  lang: "en",
  favorite_count: "1",
  retweet_count: "0",
  entities: { user_mentions: [], urls: [] },
};

describe("parseXArchiveTweets on the fixture", () => {
  const result = worded(parseXArchiveTweets(fixture, { authorHandle: AUTHOR }));
  const list = records(result);

  it("reads every record, skipping a retweet whose original is gone", () => {
    expect(result).toMatchObject({ ok: true, read: 14 });
    expect(list).toHaveLength(13);
    expect(result.ok && result.skipped).toEqual([
      { index: 12, platformId: "896400000000000013", reason: "retweet of a deleted tweet" },
    ]);
  });

  it("normalises an original post", () => {
    expect(byId(list, "895235105234567168")).toEqual({
      platformId: "895235105234567168",
      postedAt: new Date("2017-08-09T10:05:00Z"),
      text: "The Foreign Minister opened the ambassadors' conference today. #Mongolia",
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: [],
      likeCount: 12,
      replyCount: null,
      repostCount: 4,
      url: "https://x.com/MFAMongolia/status/895235105234567168",
    });
  });

  it("gives each kind of post the kind and category of the product's contract", () => {
    const expected: Record<string, [string, string]> = {
      "895235105234567168": ["original", "broadcast"],
      "895300000000000002": ["reply", "engagement"], // reply to @UN
      "895236000000000003": ["reply", "broadcast"], // thread continuation: a reply to oneself
      "895500000000000004": ["quote", "engagement"], // quote of @UNDPMongolia
      "895600000000000005": ["quote", "broadcast"], // quote of one's own post
      "895700000000000006": ["original_with_mention", "engagement"],
      "895800000000000007": ["original", "broadcast"], // mentions only itself
      "895900000000000008": ["repost", "amplification"],
      "896000000000000009": ["repost", "amplification"], // retweet of oneself
      "896100000000000010": ["original", "broadcast"],
      "896200000000000011": ["original", "broadcast"],
      "896300000000000012": ["original", "broadcast"],
      "896500000000000014": ["reply", "engagement"], // self-reply that mentions another account
    };
    for (const [id, kindAndCategory] of Object.entries(expected))
      expect([id, ...judged(byId(list, id))]).toEqual([id, ...kindAndCategory]);
  });

  it("takes reply, quote and retweet handles from the archive's fields", () => {
    expect(byId(list, "895300000000000002")).toMatchObject({ replyToHandle: "UN", mentions: ["UN"] });
    expect(byId(list, "895500000000000004").quotedHandle).toBe("UNDPMongolia");
    expect(byId(list, "895600000000000005").quotedHandle).toBe("MFAMongolia");
    expect(byId(list, "895900000000000008")).toMatchObject({
      repostOfHandle: "UNinMongolia",
      replyToHandle: null,
      quotedHandle: null,
    });
  });

  it("keeps Mongolian text, maps lang und to null, honours time-zone offsets and numeric counts", () => {
    expect(byId(list, "896100000000000010")).toMatchObject({
      language: "mn",
      text: expect.stringContaining("ардчилал"),
    });
    expect(byId(list, "896200000000000011")).toMatchObject({
      language: null,
      postedAt: new Date("2017-08-12T22:00:00Z"),
    });
    expect(byId(list, "895700000000000006")).toMatchObject({ likeCount: 25, repostCount: 9 });
  });

  it("decodes the HTML entities archives keep in the text", () => {
    expect(byId(list, "896300000000000012").text).toBe(
      "Trade & investment forum: EU <-> Mongolia, resources and investment on the agenda.",
    );
    expect(decodeHtmlEntities("&amp;lt; stays &lt;")).toBe("&lt; stays <");
  });

  it("reads the file from disk, and refuses one over the size limit before reading it", async () => {
    expect(records(worded(await readXArchiveTweets(FIXTURE)))).toHaveLength(13);
    const tooBig = worded(await readXArchiveTweets(FIXTURE, { maxBytes: 1000 }));
    expect(tooBig).toEqual({
      ok: false,
      read: 0,
      errors: [{ index: null, field: null, message: expect.stringMatching(/larger than 1000 bytes/) }],
    });
  });
});

describe("parseXDate", () => {
  it("reads the archive's format and refuses anything else", () => {
    expect(parseXDate("Wed Aug 09 10:05:00 +0000 2017")).toEqual(new Date("2017-08-09T10:05:00Z"));
    expect(parseXDate("Wed Aug 09 10:05:00 -0530 2017")).toEqual(new Date("2017-08-09T15:35:00Z"));
    for (const bad of [
      "2017-08-09T10:05:00Z",
      "Wed Feb 31 10:05:00 +0000 2017",
      "Wed Aug 09 25:05:00 +0000 2017",
      "Wed Foo 09 10:05:00 +0000 2017",
      "",
    ]) {
      expect(parseXDate(bad)).toBeNull();
    }
  });
});

describe("parseXArchiveTweets on malformed input", () => {
  const fileProblem = (content: string) => {
    const result = worded(parseXArchiveTweets(content));
    expect(result.ok).toBe(false);
    if (result.ok) return "";
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ index: null, field: null });
    return result.errors[0]!.message;
  };

  it("refuses a file that is not a tweets.js assignment, not JSON or not a list", () => {
    expect(fileProblem('[{"tweet":{}}]')).toMatch(/should start with "window\.YTD\.tweets\.part0 = \["/);
    expect(fileProblem("window.YTD.like.part0 = []")).toMatch(/holds "like", not tweets/);
    expect(fileProblem("window.YTD.tweets.part0 = [ { oops ]")).toMatch(/not valid JSON/);
    expect(fileProblem('window.YTD.tweets.part0 = {"tweet": {}}')).toMatch(/found object/);
    expect(fileProblem("x".repeat(50))).toMatch(/not an X archive/);
  });

  it('reads a text that merely starts with "RT" as an original post', () => {
    const [record] = records(
      worded(
        parseXArchiveTweets(archive([{ ...valid, full_text: "RT this if you support the Ulaanbaatar Dialogue" }])),
      ),
    );
    expect(record).toMatchObject({ repostOfHandle: null, text: "RT this if you support the Ulaanbaatar Dialogue" });
  });

  it("accepts an empty archive and a byte-order mark", () => {
    expect(worded(parseXArchiveTweets("\uFEFFwindow.YTD.tweets.part0 = []"))).toEqual({
      ok: true,
      read: 0,
      records: [],
      skipped: [],
    });
  });

  it("lists every problem of every record with its index and field, and returns no record", () => {
    const content = archive([
      valid,
      { ...valid, id_str: "12a4" },
      { ...valid, id_str: "1000000000000000003", created_at: "2017-08-09 10:05" },
      { ...valid, id_str: "1000000000000000004", favorite_count: "lots", retweet_count: -1 },
      { ...valid, id_str: "1000000000000000005", full_text: undefined },
      { ...valid, id_str: "1000000000000000006", entities: { user_mentions: [{ screen_name: 42 }] } },
      { ...valid },
    ]);
    const result = worded(parseXArchiveTweets(content));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.read).toBe(7);
    expect(result.errors.map((e) => [e.index, e.field])).toEqual([
      [1, "tweet.id_str"],
      [2, "tweet.created_at"],
      [3, "tweet.favorite_count"],
      [3, "tweet.retweet_count"],
      [4, "tweet.full_text"],
      [5, "tweet.entities.user_mentions.0.screen_name"],
      [6, "tweet.id_str"],
    ]);
    expect(result.errors[0]!.message).toMatch(/string of digits/);
    expect(result.errors[1]!.message).toMatch(/Wed Aug 09 10:05:00 \+0000 2017/);
    expect(result.errors[6]!.message).toMatch(/duplicates the id of record\[0\]/);
    expect("records" in result).toBe(false);
  });

  it("reports a record that is not an object", () => {
    const result = worded(parseXArchiveTweets('window.YTD.tweets.part0 = [ 42, "tweet" ]'));
    expect(result).toMatchObject({ ok: false, read: 2, errors: [{ index: 0 }, { index: 1 }] });
  });
});

/** mulberry32: a tiny seeded generator, so a failing case can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("parseXArchiveTweets on randomly damaged archives", () => {
  const strange: unknown[] = [
    null,
    0,
    -1,
    1.5,
    "",
    "abc",
    "12",
    true,
    [],
    {},
    "Wed Aug 09 99:99:99 +0000 2017",
    "&amp;",
    "RT @:",
  ];

  function mutateValue(value: unknown, random: () => number): unknown {
    if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      if (entries.length === 0) return strange[Math.floor(random() * strange.length)];
      const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
      const [key, child] = entries[Math.floor(random() * entries.length)]!;
      const roll = random();
      if (roll < 0.15 && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
      else
        (copy as Record<string | number, unknown>)[key] =
          roll < 0.6 ? mutateValue(child, random) : strange[Math.floor(random() * strange.length)];
      return copy;
    }
    return strange[Math.floor(random() * strange.length)];
  }

  const parsedFixture: unknown[] = JSON.parse(fixture.slice(fixture.indexOf("[")));

  it("never throws and always answers with records or errors (200 seeded mutations)", () => {
    const random = prng(20170809);
    for (let run = 0; run < 200; run++) {
      let content: string;
      if (run % 4 === 3) {
        // Damage the text itself: cut it, or splice in a stray character.
        const at = Math.floor(random() * fixture.length);
        content = random() < 0.5 ? fixture.slice(0, at) : fixture.slice(0, at) + '\u0000{"' + fixture.slice(at);
      } else {
        let data: unknown = parsedFixture;
        const edits = 1 + Math.floor(random() * 3);
        for (let i = 0; i < edits; i++) data = mutateValue(data, random);
        content = `window.YTD.tweets.part0 = ${JSON.stringify(data)}`;
      }
      let result: Worded<ParseResult> | undefined;
      expect(
        () => (result = worded(parseXArchiveTweets(content, { authorHandle: AUTHOR }))),
        `run ${run}`,
      ).not.toThrow();
      if (!result) continue;
      if (result.ok) {
        for (const record of result.records) {
          expect(record.platformId).toMatch(/^\d+$/);
          expect(Number.isNaN(record.postedAt.getTime())).toBe(false);
        }
      } else {
        expect(result.errors.length, `run ${run}`).toBeGreaterThan(0);
        expect("records" in result).toBe(false);
      }
    }
  });
});
