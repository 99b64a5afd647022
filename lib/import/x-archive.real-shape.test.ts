/**
 * X archive tweets as real archives write them (fixtures/x-archive-real-shape.js,
 * hand-made): no is_quote_status, no quoted_status_permalink, replies that
 * name their target only by id, and data/account.js for the own id.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyPost, postKind } from "../metrics/post-kind";
import type { ImportRecord, ParseResult } from "./types";
import { parseXArchiveTweets, parseXArchiveZip } from "./x-archive";
import { worded, type Worded } from "./test-support/worded";

const tweets = readFileSync(path.join(__dirname, "fixtures", "x-archive-real-shape.js"), "utf8");
const account = readFileSync(path.join(__dirname, "fixtures", "x-account.js"), "utf8");
const AUTHOR = "ExampleEmbassy";
const OWN_ID = "700000001";

function records(result: Worded<ParseResult>): ImportRecord[] {
  if (!result.ok) throw new Error(`expected records, got errors: ${JSON.stringify(result.errors)}`);
  return result.records;
}

function judged(list: ImportRecord[], id: string): [string, string] {
  const record = list.find((r) => r.platformId === id);
  if (!record) throw new Error(`no record ${id}`);
  const shape = { authorHandle: AUTHOR, ...record };
  return [postKind(shape), classifyPost(shape)];
}

/** One tweet of the fixture, changed, as a tweets.js of its own. */
function variant(id: string, change: (tweet: Record<string, unknown>) => void): string {
  const items = JSON.parse(tweets.replace(/^window\.YTD\.tweets\.part0 = /, "")) as {
    tweet: Record<string, unknown>;
  }[];
  const item = items.find((i) => i.tweet.id_str === id)!;
  change(item.tweet);
  return `window.YTD.tweets.part0 = ${JSON.stringify([item])}`;
}

describe("X quotes shown only by a status link (item 1)", () => {
  const list = records(worded(parseXArchiveTweets(tweets, { authorHandle: AUTHOR })));

  it("a link to another account's status is a quote of it, on twitter.com, x.com and mobile.twitter.com", () => {
    expect(list.find((r) => r.platformId === "1500000000000000001")).toMatchObject({
      quotedHandle: "ExampleAgency",
      replyToHandle: null,
    });
    expect(judged(list, "1500000000000000001")).toEqual(["quote", "engagement"]);
    expect(list.find((r) => r.platformId === "1500000000000000002")?.quotedHandle).toBe("ExampleAgency");
    expect(judged(list, "1500000000000000002")).toEqual(["quote", "engagement"]);
  });

  it("an /i/web/status link names no user: a status not in the archive is another account's, one of its own is a self-quote", () => {
    expect(list.find((r) => r.platformId === "1500000000000000003")).toMatchObject({
      quotedHandle: null,
      quotedPostId: "1499999999999999903",
    });
    expect(judged(list, "1500000000000000003")).toEqual(["quote", "engagement"]);
    expect(list.find((r) => r.platformId === "1500000000000000004")?.quotedHandle).toBe(AUTHOR);
    expect(judged(list, "1500000000000000004")).toEqual(["quote", "broadcast"]);
  });

  it("a link to one's own status is a self-quote (broadcast)", () => {
    expect(judged(list, "1500000000000000005")).toEqual(["quote", "broadcast"]);
  });

  it("a link to the status the tweet replies to is the reply, not a quote; a tweet's link to its own photo is no quote", () => {
    expect(list.find((r) => r.platformId === "1500000000000000006")).toMatchObject({
      replyToHandle: "ExampleAgency",
      quotedHandle: null,
    });
    expect(judged(list, "1500000000000000006")).toEqual(["reply", "engagement"]);
    expect(judged(list, "1500000000000000007")).toEqual(["original", "broadcast"]);
    const ownLink = variant("1500000000000000001", (t) => {
      (t.entities as { urls: { expanded_url: string }[] }).urls[0]!.expanded_url =
        "https://twitter.com/i/web/status/1500000000000000001";
    });
    expect(
      judged(records(worded(parseXArchiveTweets(ownLink, { authorHandle: AUTHOR }))), "1500000000000000001"),
    ).toEqual(["original", "broadcast"]);
  });

  it("only the expanded URL counts: the t.co url and the shortened display_url are not read", () => {
    const shortOnly = variant("1500000000000000001", (t) => {
      const url = (t.entities as { urls: Record<string, unknown>[] }).urls[0]!;
      delete url.expanded_url;
      url.display_url = "twitter.com/ExampleAgency/status/1499999999999999901";
    });
    expect(
      judged(records(worded(parseXArchiveTweets(shortOnly, { authorHandle: AUTHOR }))), "1500000000000000001"),
    ).toEqual(["original", "broadcast"]);
  });
});

describe("X replies without in_reply_to_screen_name (item 2)", () => {
  const list = records(worded(parseXArchiveTweets(tweets, { authorHandle: AUTHOR })));

  it("a reply to an account named only by id is a reply to it: by the mention with that id, else by the id", () => {
    expect(list.find((r) => r.platformId === "1500000000000000009")).toMatchObject({ replyToHandle: "ExamplePartner" });
    expect(judged(list, "1500000000000000009")).toEqual(["reply", "engagement"]);
    expect(list.find((r) => r.platformId === "1500000000000000010")).toMatchObject({
      replyToHandle: null,
      replyToPlatformUserId: "900000003",
    });
    expect(judged(list, "1500000000000000010")).toEqual(["reply", "engagement"]);
  });

  it("a reply to one of the archive's own tweets is a self-reply (broadcast)", () => {
    expect(list.find((r) => r.platformId === "1500000000000000008")?.replyToHandle).toBe(AUTHOR);
    expect(judged(list, "1500000000000000008")).toEqual(["reply", "broadcast"]);
  });
});

describe("X own id (item 3)", () => {
  // A reply to the own id whose parent is not in this file: only the own id tells it is a self-reply.
  const selfReply = variant("1500000000000000008", (t) => {
    t.in_reply_to_status_id_str = "1400000000000000001";
    t.in_reply_to_status_id = "1400000000000000001";
  });

  it("a plain tweets.js names no account; the stored own id makes a reply to it a self-reply", () => {
    const result = worded(parseXArchiveTweets(selfReply, { authorHandle: AUTHOR, ownPlatformUserId: OWN_ID }));
    expect(result.ok && result.identity).toBeFalsy();
    expect(judged(records(result), "1500000000000000008")).toEqual(["reply", "broadcast"]);
    expect(
      judged(records(worded(parseXArchiveTweets(selfReply, { authorHandle: AUTHOR }))), "1500000000000000008"),
    ).toEqual(["reply", "engagement"]);
  });

  it("the archive zip's data/account.js gives the identity, and its accountId recognises self-replies", () => {
    const zip = zipSync({
      "twitter-2022-03-02/data/account.js": strToU8(account),
      "twitter-2022-03-02/data/tweets.js": strToU8(selfReply),
    });
    const result = worded(parseXArchiveZip(zip, { authorHandle: AUTHOR }));
    expect(result.ok && result.identity).toEqual({ platformUserId: OWN_ID, handle: "ExampleEmbassy" });
    expect(judged(records(result), "1500000000000000008")).toEqual(["reply", "broadcast"]);
  });

  it("a renamed account: a reply to its own id under the old screen name is still a self-reply", () => {
    const renamed = variant("1500000000000000008", (t) => {
      t.in_reply_to_status_id_str = "1400000000000000001";
      t.in_reply_to_screen_name = "OldEmbassyName";
    });
    expect(
      judged(
        records(worded(parseXArchiveTweets(renamed, { authorHandle: AUTHOR, ownPlatformUserId: OWN_ID }))),
        "1500000000000000008",
      ),
    ).toEqual(["reply", "broadcast"]);
  });

  it("a zip without data/account.js has no identity; a damaged account.js refuses the zip", () => {
    const without = worded(parseXArchiveZip(zipSync({ "data/tweets.js": strToU8(tweets) }), { authorHandle: AUTHOR }));
    expect(without.ok && without.identity).toBeFalsy();
    const damaged = worded(
      parseXArchiveZip(
        zipSync({
          "data/account.js": strToU8('window.YTD.account.part0 = [ { "account" : { "username" : 5 } } ]'),
          "data/tweets.js": strToU8(tweets),
        }),
      ),
    );
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.errors.map((e) => [e.file, e.field])).toEqual([
      ["data/account.js", "0.account.accountId"],
      ["data/account.js", "0.account.username"],
    ]);
  });
});

describe("an X archive zip whose tweets are only in data/tweets-part1.js (item 6)", () => {
  const part1 = tweets.replace("window.YTD.tweets.part0", "window.YTD.tweets.part1");
  const zip = zipSync({
    "twitter-2022-03-02/data/account.js": strToU8(account),
    "twitter-2022-03-02/data/tweets-part1.js": strToU8(part1),
    "twitter-2022-03-02/data/like.js": strToU8("window.YTD.like.part0 = []"),
  });

  it("is recognised as an X archive zip and read", async () => {
    const { detectFormat, parseExport } = await import("./formats");
    const detection = worded(detectFormat("twitter-2022-03-02.zip", zip));
    expect(detection).toEqual({ ok: true, detected: { target: "posts", format: "x-archive-zip" } });
    if (!detection.ok || detection.detected.target !== "posts") return;
    const result = worded(await parseExport(detection.detected, zip, { authorHandle: AUTHOR }));
    expect(result).toMatchObject({ ok: true, read: 10, identity: { platformUserId: OWN_ID } });
  });

  it("also when the zip is stored without compression", async () => {
    const { detectFormat } = await import("./formats");
    const stored = zipSync({ "data/tweets-part2.js": strToU8(part1) }, { level: 0 });
    expect(worded(detectFormat("archive.zip", stored))).toMatchObject({
      ok: true,
      detected: { format: "x-archive-zip" },
    });
  });
});

describe("the refusal of a .js file that is no X archive file (item 12)", () => {
  it("describes the new archive's tweets.js and the old archive's month files", async () => {
    const { detectFormat } = await import("./formats");
    const result = worded(detectFormat("2013_01.js", strToU8("var tweets = [];")));
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.errors[0]!.message : "";
    for (const part of [
      "data/tweets.js",
      "window.YTD.tweets.part0 =",
      "data/js/tweets/YYYY_MM.js",
      "Grailbird.data.tweets_YYYY_MM =",
    ])
      expect(message).toContain(part);
  });
});
