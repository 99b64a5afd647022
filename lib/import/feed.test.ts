import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed, parseRfc822 } from "./feed";
import { worded } from "./test-support/worded";

const rss = readFileSync(path.join(__dirname, "fixtures", "feed-rss.xml"), "utf8");
const atom = readFileSync(path.join(__dirname, "fixtures", "feed-atom.xml"), "utf8");

function ok(content: string) {
  const result = worded(parseFeed(content));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("parseFeed: RSS 2.0", () => {
  it("reads each item as an original post with its id, time, text, language and link", () => {
    const { records, read } = ok(rss);
    expect(read).toBe(4);
    expect(records[0]).toEqual({
      platformId: "berlin-2017-0001",
      postedAt: new Date("2017-08-15T02:05:00Z"),
      text: "Ambassador presents credentials\n\nThe Ambassador presented her credentials to the Federal President & met the Minister.",
      language: "en-US",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: [],
      likeCount: null,
      replyCount: 4,
      repostCount: null,
      url: "https://berlin.mfa.example/news/credentials",
    });
  });

  it("prefers the full content, decodes CDATA and entities, and falls back to the link as id", () => {
    const { records } = ok(rss);
    expect(records[1]).toMatchObject({
      postedAt: new Date("2017-08-14T08:00:00Z"),
      text: "Trade & investment forum\n\nOver 200 companies took part.\n\nNext forum: Ulaanbaatar, 2018…",
    });
    expect(records[2]).toMatchObject({
      platformId: "https://berlin.mfa.example/news/naadam",
      postedAt: new Date("2017-07-11T16:30:00Z"),
    });
    expect(records[3]).toMatchObject({
      language: "mn",
      text: "Ардчиллын өдөр\n\nЭлчин сайдын яам ардчиллын өдрийг тэмдэглэв.",
    });
  });
});

describe("parseFeed: Atom", () => {
  it("reads entries with their own language, offsets, HTML and XHTML content", () => {
    const { records } = ok(atom);
    expect(records.map((r) => [r.platformId, r.postedAt.toISOString(), r.language, r.url])).toEqual([
      [
        "tag:un.mfa.example,2017:statement-42",
        "2017-08-14T19:30:00.000Z",
        "en",
        "https://un.mfa.example/statements/unsc-2017-08",
      ],
      [
        "tag:un.mfa.example,2017:statement-43",
        "2017-08-10T02:00:00.000Z",
        "mn",
        "https://un.mfa.example/mn/statements/43",
      ],
      ["tag:un.mfa.example,2017:event-44", "2017-08-01T14:00:00.000Z", "en", null],
    ]);
    expect(records[0]!.text).toBe("Statement at the Security Council\n\nMongolia supports the peaceful settlement.");
    expect(records[1]!.text).toBe("Монгол Улсын байр суурь\n\nАюулгүйн зөвлөлд үг хэлэв.");
    expect(records[2]!.text).toContain("Paraguay");
  });
});

describe("parseFeed: refusals", () => {
  it("refuses external entities (XXE) and entity expansion (billion laughs) without resolving them", () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>';
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss><channel><item><title>&lol3;</title></item></channel></rss>`;
    for (const feed of [xxe, laughs]) {
      const result = worded(parseFeed(feed));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message).toMatch(/declares XML entities/);
    }
  });

  it("names the line of malformed XML", () => {
    const result = worded(
      parseFeed('<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</titel></item>\n</channel></rss>'),
    );
    expect(!result.ok && result.errors[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/not well-formed XML/),
    });
  });

  it("lists every item without an id or a valid date, with its line", () => {
    const feed = `<rss version="2.0"><channel>
<item><title>no id</title><pubDate>Tue, 15 Aug 2017 10:05:00 +0800</pubDate></item>
<item><guid>a</guid><pubDate>15.08.2017</pubDate></item>
<item><guid>b</guid><pubDate>Tue, 15 Aug 2017 10:05:00</pubDate></item>
<item><guid>b</guid><pubDate>Tue, 15 Aug 2017 10:05:00 GMT</pubDate></item>
<item><guid>b</guid><pubDate>Wed, 16 Aug 2017 10:05:00 GMT</pubDate></item>
</channel></rss>`;
    const result = worded(parseFeed(feed));
    expect(!result.ok && result.errors.map((e) => `${e.index} ${e.line} ${e.field}`)).toEqual([
      "0 2 guid",
      "1 3 pubDate",
      "2 4 pubDate",
      "4 6 guid",
    ]);
  });

  it("refuses XML that is not a feed, and text that is not XML", () => {
    expect(worded(parseFeed("<html><body>hi</body></html>"))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/not an RSS or Atom feed/) }],
    });
    expect(worded(parseFeed("hello")).ok).toBe(false);
  });

  it("reads RFC 822 dates with offsets and zone names only", () => {
    expect(parseRfc822("Tue, 15 Aug 2017 10:05:00 EST")?.toISOString()).toBe("2017-08-15T15:05:00.000Z");
    expect(parseRfc822("15 Aug 2017 10:05 +0000")?.toISOString()).toBe("2017-08-15T10:05:00.000Z");
    for (const bad of ["Tue, 31 Feb 2017 10:05:00 GMT", "Tue, 15 Aug 2017 10:05:00", "2017-08-15"])
      expect(parseRfc822(bad)).toBeNull();
  });

  it("never throws on random text or damaged feeds (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc
            .tuple(fc.nat({ max: rss.length }), fc.string({ maxLength: 5 }))
            .map(([at, s]) => rss.slice(0, at) + s + rss.slice(at + 3)),
        ),
        (content) => {
          const result = worded(parseFeed(content));
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          else for (const r of result.records) expect(Number.isNaN(r.postedAt.getTime())).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
