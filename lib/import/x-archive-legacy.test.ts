import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyPost } from "../metrics/post-kind";
import { detectFormat, parseExport } from "./formats";
import type { ImportRecord, ParseResult } from "./types";
import {
  identityOfUserDetails,
  parseGrailbirdMonth,
  parseLegacyDate,
  parseTweetsCsv,
  parseXLegacyArchiveZip,
} from "./x-archive-legacy";

const DIR = path.join(__dirname, "fixtures", "x-old-archive");
const read = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const CSV = read("tweets.csv");
const MAY = read("data/js/tweets/2013_05.js");
const APRIL = read("data/js/tweets/2013_04.js");
const USER_DETAILS = read("data/js/user_details.js");
const OWN = "5550001";
const AUTHOR = "OldMinistry";

function records(result: ParseResult): ImportRecord[] {
  if (!result.ok) throw new Error(`expected records, got errors: ${JSON.stringify(result.errors)}`);
  return result.records;
}

function byId(list: ImportRecord[], id: string): ImportRecord {
  const record = list.find((r) => r.platformId === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

const category = (record: ImportRecord) => classifyPost({ authorHandle: AUTHOR, authorPlatformUserId: OWN, ...record });

/** The whole old archive as X delivered it, from the hand-made fixture files. */
function oldArchiveZip(files: Record<string, string> = {}): Uint8Array {
  const all: Record<string, string> = {
    "tweets.csv": CSV,
    "index.html": read("index.html"),
    "css/application.min.css": "body{}",
    "data/js/tweet_index.js": read("data/js/tweet_index.js"),
    "data/js/user_details.js": USER_DETAILS,
    "data/js/tweets/2013_04.js": APRIL,
    "data/js/tweets/2013_05.js": MAY,
    ...files,
  };
  return zipSync(
    Object.fromEntries(
      Object.entries(all)
        .filter(([, v]) => v !== "")
        .map(([k, v]) => [k, strToU8(v)]),
    ),
  );
}

describe("old X archive dates", () => {
  it("reads '2013-05-01 12:34:56 +0000' and offsets, refuses impossible days", () => {
    expect(parseLegacyDate("2013-05-01 12:34:56 +0000")?.toISOString()).toBe("2013-05-01T12:34:56.000Z");
    expect(parseLegacyDate("2013-05-01 14:34:56 +0200")?.toISOString()).toBe("2013-05-01T12:34:56.000Z");
    expect(parseLegacyDate("2013-02-31 12:00:00 +0000")).toBeNull();
    expect(parseLegacyDate("Wed May 01 12:34:56 +0000 2013")).toBeNull();
  });
});

describe("tweets.csv of the pre-2018 archive", () => {
  it("reads every row with its id as a string, quoted text with newlines and doubled quotes", () => {
    const result = parseTweetsCsv(CSV, { authorHandle: AUTHOR, ownPlatformUserId: OWN });
    const list = records(result);
    expect(result.ok && result.read).toBe(6);
    expect(list).toHaveLength(6);
    const statement = byId(list, "330000000000000005");
    expect(statement.text).toBe('Our statement on the "open skies" talks:\nread it here https://t.co/abc');
    expect(statement.postedAt.toISOString()).toBe("2013-05-03T09:00:00.000Z");
    expect(statement.url).toBe("https://x.com/OldMinistry/status/330000000000000005");
    expect(category(statement)).toBe("broadcast");
  });

  it("judges retweets from retweeted_status_id, replies by id, self-replies by the own id and quotes from expanded_urls", () => {
    const list = records(parseTweetsCsv(CSV, { authorHandle: AUTHOR, ownPlatformUserId: OWN }));
    const retweet = byId(list, "330000000000000004");
    expect(retweet.repostOfHandle).toBe("PartnerEmbassy");
    expect(category(retweet)).toBe("amplification");
    const selfReply = byId(list, "330000000000000003");
    expect(selfReply.replyToHandle).toBe(AUTHOR);
    expect(category(selfReply)).toBe("broadcast");
    const reply = byId(list, "330000000000000002");
    expect(reply.replyToPlatformUserId).toBe("777000");
    expect(category(reply)).toBe("engagement");
    const quote = byId(list, "330000000000000006");
    expect(quote.quotedHandle).toBe("ThinkTank");
    expect(category(quote)).toBe("engagement");
    const welcome = byId(list, "330000000000000001");
    expect(welcome.mentions).toEqual(["FriendlyMFA"]);
  });

  it("names the row and column of a bad timestamp or id", () => {
    const bad = CSV.replace('"330000000000000001","","","2013-05-01 12:34:56 +0000"', '"33e1","","","yesterday"');
    const result = parseTweetsCsv(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field).sort()).toEqual(["timestamp", "tweet_id"]);
  });
});

describe("Grailbird month files", () => {
  it("reads id_str, never the numeric id that lost precision", () => {
    const list = records(parseGrailbirdMonth(MAY, { authorHandle: AUTHOR, ownPlatformUserId: OWN }));
    expect(list.map((r) => r.platformId).sort()).toEqual([
      "330000000000000001",
      "330000000000000002",
      "330000000000000003",
      "330000000000000004",
      "330000000000000006",
      "330000000000000007",
    ]);
  });

  it("takes retweets from retweeted_status, replies from in_reply_to_user_id_str without a screen name, quotes from entities.urls", () => {
    const list = records(parseGrailbirdMonth(MAY, { authorHandle: AUTHOR, ownPlatformUserId: OWN }));
    expect(byId(list, "330000000000000004")).toMatchObject({
      repostOfHandle: "PartnerEmbassy",
      replyToHandle: null,
      quotedHandle: null,
    });
    expect(byId(list, "330000000000000007")).toMatchObject({ repostOfHandle: AUTHOR });
    expect(category(byId(list, "330000000000000007"))).toBe("amplification");
    expect(byId(list, "330000000000000003").replyToHandle).toBe(AUTHOR);
    expect(category(byId(list, "330000000000000003"))).toBe("broadcast");
    expect(category(byId(list, "330000000000000002"))).toBe("engagement");
    expect(byId(list, "330000000000000006").quotedHandle).toBe("ThinkTank");
    expect(byId(list, "330000000000000001").mentions).toEqual(["FriendlyMFA"]);
  });

  it("takes the retweeted account from retweeted_status when the text is cut short", () => {
    const cut = MAY.replace(
      '"text" : "RT @PartnerEmbassy: Joint exhibition opens today"',
      '"text" : "RT @\u2026 &amp; more"',
    );
    const record = byId(records(parseGrailbirdMonth(cut)), "330000000000000004");
    expect(record).toMatchObject({ repostOfHandle: "PartnerEmbassy", text: "RT @\u2026 & more" });
  });

  it("reports the account named by the tweets' user as the identity, and knows self-replies by it without a stored id", () => {
    const result = parseGrailbirdMonth(MAY, { authorHandle: AUTHOR });
    expect(result.ok && result.identity).toEqual({ platformUserId: OWN, handle: AUTHOR });
    expect(byId(records(result), "330000000000000003").replyToHandle).toBe(AUTHOR);
  });

  it("refuses a month file without id_str", () => {
    const result = parseGrailbirdMonth(APRIL.replace('"id_str" : "320000000000000001",', ""));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ index: 0, field: "id_str" });
  });
});

describe("user_details.js", () => {
  it("gives the account's id and screen name, with quoted or bare keys", () => {
    expect(identityOfUserDetails(USER_DETAILS)).toEqual({
      ok: true,
      identity: { platformUserId: OWN, handle: AUTHOR },
    });
    expect(
      identityOfUserDetails('var user_details = { id: "5550001", screen_name: "OldMinistry", full_name: "M" }'),
    ).toMatchObject({
      ok: true,
      identity: { platformUserId: OWN },
    });
  });
});

describe("the whole old archive .zip", () => {
  it("reads the month files with the identity of user_details.js, and recognises self-replies by it without a stored id", () => {
    const result = parseXLegacyArchiveZip(oldArchiveZip(), { authorHandle: AUTHOR });
    const list = records(result);
    expect(result.ok && result.identity).toEqual({ platformUserId: OWN, handle: AUTHOR });
    expect(list).toHaveLength(7);
    expect(byId(list, "330000000000000003").replyToHandle).toBe(AUTHOR);
    expect(byId(list, "320000000000000001").postedAt.toISOString()).toBe("2013-04-10T08:00:00.000Z");
  });

  it("falls back to tweets.csv when there are no month files", () => {
    const result = parseXLegacyArchiveZip(
      oldArchiveZip({ "data/js/tweets/2013_04.js": "", "data/js/tweets/2013_05.js": "" }),
    );
    expect(records(result)).toHaveLength(6);
  });
});

describe("detection of the old archive's files", () => {
  it("recognises tweets.csv by its header, a month file by Grailbird.data.tweets_ and the zip by its entries, and parses each", async () => {
    const cases: [string, Uint8Array, string, number][] = [
      ["tweets.csv", strToU8(CSV), "x-tweets-csv", 6],
      ["2013_05.js", strToU8(MAY), "x-grailbird", 6],
      ["twitter-archive.zip", oldArchiveZip(), "x-archive-legacy-zip", 7],
    ];
    for (const [name, bytes, format, count] of cases) {
      const detected = detectFormat(name, bytes);
      expect(detected).toEqual({ ok: true, detected: { target: "posts", format } });
      if (!detected.ok || detected.detected.target !== "posts") continue;
      expect(records(await parseExport(detected.detected, bytes, { authorHandle: AUTHOR }))).toHaveLength(count);
    }
  });
});
