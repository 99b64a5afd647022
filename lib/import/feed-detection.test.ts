import { describe, expect, it } from "vitest";
import { decodeText, detectFormat, parseExport } from "./formats";

const enc = new TextEncoder();
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Embassy news</title><id>urn:feed</id><updated>2017-08-10T08:00:00Z</updated>
<entry><title>Ambassador presents credentials</title><id>https://blog.example.org/?p=1</id><link href="https://blog.example.org/credentials/"/><published>2017-08-09T08:00:00Z</published><updated>2017-08-09T08:00:00Z</updated></entry></feed>`;
const RSS = `<rss version="2.0"><channel><title>Embassy</title><item><title>Visa hours</title><guid>https://blog.example.org/?p=2</guid><pubDate>Thu, 10 Aug 2017 08:00:00 +0000</pubDate></item></channel></rss>`;

/** What comes before the root element in feeds as blogs and feed tools write them. */
const PROLOGS: [string, string][] = [
  [
    "a stylesheet instruction after the declaration (WordPress)",
    `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="https://blog.example.org/wp-content/plugins/feed.xsl?ver=1.2"?>\n`,
  ],
  [
    "two stylesheet instructions and no declaration",
    `<?xml-stylesheet type="text/css" href="/feed.css"?><?xml-stylesheet type="text/xsl" href="/feed.xsl"?>`,
  ],
  [
    "a byte-order mark, a declaration, a comment and a stylesheet",
    `\uFEFF<?xml version="1.0"?>\n<!-- generator="WordPress/6.4.2" -->\n<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>\n`,
  ],
  ["a comment longer than the first 4 KB", `<?xml version="1.0"?><!-- ${"x".repeat(6000)} -->`],
  [
    "a comment that mentions <rss> and a tag-like ?> inside an instruction's value",
    `<?xml version="1.0"?><!-- old <rss> feed --><?xml-stylesheet href="/a?b>c" type="text/xsl"?>`,
  ],
];

describe("feed detection skips what may come before the root element (issue 22, item 5)", () => {
  for (const [what, prolog] of PROLOGS) {
    for (const [kind, body] of [
      ["Atom", ATOM],
      ["RSS", RSS],
    ] as const) {
      it(`${kind} with ${what} is detected and read`, async () => {
        const bytes = enc.encode(prolog + body);
        const detection = detectFormat("feed.xml", bytes);
        expect(detection).toEqual({ ok: true, detected: { target: "posts", format: "feed" } });
        if (!detection.ok || detection.detected.target !== "posts") return;
        const result = await parseExport(detection.detected, bytes, {});
        expect(result).toMatchObject({ ok: true, read: 1 });
      });
    }
  }

  it("a UTF-16 feed with its byte-order mark is decoded and detected", async () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?>\n<?xml-stylesheet href="/feed.xsl"?>${ATOM}`;
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect(decodeText(le)).toBe(text);
    const detection = detectFormat("feed.xml", le);
    expect(detection).toEqual({ ok: true, detected: { target: "posts", format: "feed" } });
    if (!detection.ok || detection.detected.target !== "posts") return;
    expect(await parseExport(detection.detected, le, {})).toMatchObject({ ok: true, read: 1 });
  });

  it("an HTML page that merely mentions a feed is still refused", () => {
    expect(
      detectFormat("page.xml", enc.encode(`<?xml version="1.0"?><!-- <feed> --><html><body><rss></rss></body></html>`))
        .ok,
    ).toBe(false);
  });
});
