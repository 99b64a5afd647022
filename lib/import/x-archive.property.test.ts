import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXArchiveTweets } from "./x-archive";
import type { ParseResult } from "./types";
import { worded, type Worded } from "./test-support/worded";

const fixture = readFileSync(path.join(__dirname, "fixtures", "tweets.js"), "utf8");
const PREFIX = "window.YTD.tweets.part0 = ";

/** Either records or problems, never both, and every problem says something. */
function expectWellFormed(result: Worded<ParseResult>) {
  if (result.ok) {
    expect(result.records.length + result.skipped.length).toBe(result.read);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const problem of result.errors) expect(problem.message.trim()).not.toBe("");
    expect("records" in result).toBe(false);
  }
}

describe("parseXArchiveTweets with generated input (fast-check)", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = worded(parseXArchiveTweets(text));
        expectWellFormed(result);
        // Text that does not even start like an archive is never accepted.
        if (!text.trimStart().startsWith("window.YTD.")) expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary JSON after the archive prefix, and accepts no record without its required fields", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = worded(parseXArchiveTweets(PREFIX + JSON.stringify(value)));
        expectWellFormed(result);
        if (result.ok) {
          for (const record of result.records) {
            expect(record.platformId).toMatch(/^\d+$/);
            expect(Number.isNaN(record.postedAt.getTime())).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when the fixture is cut or spliced anywhere", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: fixture.length }),
        fc.nat({ max: fixture.length }),
        fc.string({ maxLength: 8 }),
        (cut, at, insert) => {
          const damaged = fixture.slice(0, at) + insert + fixture.slice(at, Math.max(at, cut));
          expectWellFormed(worded(parseXArchiveTweets(damaged)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads any well-formed tweet it is given, with its id, date and text", () => {
    const tweet = fc.record({
      id: fc.bigInt({ min: 1n, max: 10n ** 19n }),
      when: fc.date({
        min: new Date("2007-01-01T00:00:00Z"),
        max: new Date("2030-01-01T00:00:00Z"),
        noInvalidDate: true,
      }),
      text: fc.string({ maxLength: 280 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(tweet, { selector: (t) => t.id, maxLength: 20 }), (tweets) => {
        const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        const pad = (n: number) => String(n).padStart(2, "0");
        const at = (d: Date) =>
          `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
        // A text starting "RT @" is read as a retweet; keep generated texts plain originals.
        const items = tweets.map((t) => ({
          tweet: { id_str: String(t.id), created_at: at(t.when), full_text: `x ${t.text}` },
        }));
        const result = worded(parseXArchiveTweets(PREFIX + JSON.stringify(items)));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.records.map((r) => r.platformId)).toEqual(tweets.map((t) => String(t.id)));
        expect(result.records.map((r) => r.postedAt.getTime())).toEqual(
          tweets.map((t) => Math.floor(t.when.getTime() / 1000) * 1000),
        );
      }),
      { numRuns: 100 },
    );
  });
});
