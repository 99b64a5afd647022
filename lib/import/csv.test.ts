import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { parseDirectoryCsv } from "./csv-directory";
import { parsePostsCsv, parseRfc3339 } from "./csv-posts";
import { CSV_KINDS, CSV_TEMPLATES, csvKindOfHeader, templateCsv } from "./csv-templates";
import type { ImportProblem, ParseResult } from "./types";
import { worded, type Worded } from "./test-support/worded";

const fixture = readFileSync(path.join(__dirname, "fixtures", "posts.csv"), "utf8");
const HEADER = CSV_TEMPLATES.posts.map((c) => c.name).join(",");
const where = (errors: Worded<ImportProblem>[]) =>
  errors.map((e) => `${e.line ?? "-"} ${e.field ?? "-"}: ${e.message}`);

describe("parsePostsCsv", () => {
  it("reads every column of the fixture: quotes, line breaks, offsets, Cyrillic, empty counts", () => {
    const result = worded(parsePostsCsv(fixture));
    if (!result.ok) throw new Error(where(result.errors).join("\n"));
    expect(result.read).toBe(5);
    const [first, second, third, fourth, fifth] = result.records;
    expect(first).toEqual({
      platformId: "fb-1001",
      postedAt: new Date("2017-08-09T02:05:00Z"),
      text: 'Ambassador met the Minister, "a productive talk", on trade',
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: [],
      likeCount: 12,
      replyCount: 1,
      repostCount: 4,
      url: "https://www.facebook.com/mongolianembassy/posts/1001",
    });
    expect(second).toMatchObject({
      text: "Thread, part two:\nmore on the visit",
      replyToHandle: "MongolEmbassyDE",
      replyCount: null,
      url: null,
    });
    expect(third).toMatchObject({
      postedAt: new Date("2017-08-10T16:30:00Z"),
      language: null,
      replyToHandle: "AuswaertigesAmt",
      mentions: ["AuswaertigesAmt", "UN"],
    });
    expect(fourth).toMatchObject({
      language: "mn",
      text: "Монгол Улсын Элчин сайдын яам ардчиллын өдрийг тэмдэглэв",
      likeCount: null,
    });
    expect(fifth).toMatchObject({ postedAt: new Date("2017-08-12T12:15:00Z"), repostOfHandle: "UNDP", text: "" });
  });

  it("accepts semicolon-separated files and a byte-order mark", () => {
    const semicolons =
      "\uFEFF" + HEADER.replaceAll(",", ";") + "\r\nx-1;2017-08-09T10:05:00Z;Hello, world;en;;;;;1;;;\r\n";
    const result = worded(parsePostsCsv(semicolons));
    expect(result.ok && result.records[0]?.text).toBe("Hello, world");
  });

  it.each([
    [`${HEADER}\n,2017-08-09T10:05:00Z,a,,,,,,,,,`, "2 platform_id: is empty"],
    [`${HEADER}\nx,2017-08-09 10:05,a,,,,,,,,,`, "2 posted_at: expected a date and time with its time zone"],
    [`${HEADER}\nx,2017-02-30T10:05:00Z,a,,,,,,,,,`, "2 posted_at:"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,a,,,,,,-1,,,`, "2 like_count: expected a whole number"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,a,,,,,,many,,,`, "2 like_count: expected a whole number"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,a,english!,,,,,,,,`, "2 language: expected a language code"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,a,,,,,,,,,ftp://x`, "2 url: expected a web address"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,a`, "2 -: Expected 12 values as in the header row, found 3"],
    [`${HEADER}\nx,2017-08-09T10:05:00Z,"unclosed,,,,,,,,,`, "The CSV cannot be read"],
    [`platform_id,posted_at,colour\nx,2017-08-09T10:05:00Z,red`, "1 colour: Unknown column"],
    [`platform_id,text\nx,a`, "Required column missing: posted_at"],
    [`${HEADER},text\n`, "1 text: This column appears twice"],
    [HEADER, "no data rows"],
    ["", "The file is empty"],
  ])("refuses %j with the line and column", (content, expected) => {
    const result = worded(parsePostsCsv(content));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(where(result.errors).join("\n")).toContain(expected);
  });

  it("reports every bad row, not just the first", () => {
    const result = worded(
      parsePostsCsv(`${HEADER}\na,bad,,,,,,,,,,\nb,2017-08-09T10:05:00Z,,,,,,,,,,\nc,also bad,,,,,,,,,,\n`),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it("names the line where a multi-line row starts", () => {
    const result = worded(
      parsePostsCsv(`${HEADER}\na,2017-08-09T10:05:00Z,"one\ntwo\nthree",,,,,,,,,\nb,never,,,,,,,,,,\n`),
    );
    expect(!result.ok && result.errors[0]?.line).toBe(5);
  });
});

describe("RFC 3339 times", () => {
  it("needs a zone and a real date", () => {
    expect(parseRfc3339("2017-08-09T10:05:00+08:00")?.toISOString()).toBe("2017-08-09T02:05:00.000Z");
    expect(parseRfc3339("2017-08-09T10:05Z")?.toISOString()).toBe("2017-08-09T10:05:00.000Z");
    for (const bad of [
      "2017-08-09T10:05:00",
      "2017-08-09",
      "2017-13-01T00:00:00Z",
      "2017-02-29T00:00:00Z",
      "yesterday",
    ])
      expect(parseRfc3339(bad)).toBeNull();
  });
});

describe("templates", () => {
  it.each(CSV_KINDS)("the %s template is recognised and its example rows are valid", (kind) => {
    const csv = templateCsv(kind);
    expect(csvKindOfHeader(csv.split("\r\n")[0]!)).toBe(kind);
    if (kind === "posts") {
      const result = worded(parsePostsCsv(csv));
      expect(result.ok ? result.records.length : where(result.errors)).toBe(2);
    } else {
      const result = worded(parseDirectoryCsv(kind, csv));
      expect(result.ok ? result.rows.length : where(result.errors)).toBe(2);
    }
  });

  it("does not take other CSV files for a template", () => {
    expect(csvKindOfHeader("name,email,phone")).toBeNull();
  });
});

describe("directory files", () => {
  it("checks missions: kind, country code, time zone, languages, repeated slugs", () => {
    const header = CSV_TEMPLATES.missions.map((c) => c.name).join(",");
    const result = worded(
      parseDirectoryCsv(
        "missions",
        `${header}\nberlin,Embassy,palace,DEU,Germany,,,Europe/Berlinn,de\nberlin,Embassy,embassy,de,Germany,,,Europe/Berlin,"de, en"\nberlin,Again,embassy,,Germany,,,UTC,\n`,
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(where(result.errors)).toEqual([
        expect.stringMatching(/^2 kind: /),
        "2 country_code: expected a two-letter country code such as DE",
        "2 time_zone: expected a time zone such as Europe/Berlin",
        "4 slug: repeats line 3",
      ]);
  });

  it("checks accounts and snapshots: platform, yes/no, dates, counts", () => {
    const accounts = worded(
      parseDirectoryCsv(
        "accounts",
        `mission_slug,platform,handle,is_private,opened_on\ngermany,myspace,x,maybe,2017-02-30\n`,
      ),
    );
    expect(!accounts.ok && where(accounts.errors)).toEqual([
      expect.stringMatching(/^2 platform: /),
      "2 is_private: expected yes or no",
      "2 opened_on: expected a date as YYYY-MM-DD",
    ]);
    const snapshots = worded(
      parseDirectoryCsv("snapshots", `platform,handle,taken_on,followers\nx,a,15/08/2017,1.5k\n`),
    );
    expect(!snapshots.ok && where(snapshots.errors)).toEqual([
      "2 taken_on: expected a date as YYYY-MM-DD",
      "2 followers: expected a whole number of 0 or more",
    ]);
  });
});

describe("CSV parsers with generated input (fast-check)", () => {
  const wellFormed = (result: Worded<ParseResult> | { ok: boolean; errors?: Worded<ImportProblem>[] }) => {
    if (!result.ok) {
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const e of result.errors ?? []) expect(e.message.trim()).not.toBe("");
    }
  };

  it("never throws on arbitrary text, for every kind", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        wellFormed(worded(parsePostsCsv(text)));
        for (const kind of ["missions", "accounts", "snapshots"] as const)
          wellFormed(worded(parseDirectoryCsv(kind, text)));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on rows of random cells under a real header", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom("", '"', "\n", ",", ";", "2017-08-09T10:05:00Z", "-1", "@x"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }), (rows) => {
        const body = rows
          .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","))
          .join("\n");
        const result = worded(parsePostsCsv(`${HEADER}\n${body}`));
        wellFormed(result);
        if (result.ok) for (const record of result.records) expect(Number.isNaN(record.postedAt.getTime())).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("is bounded", () => {
    const many = worded(parseCsv(`a\n${"x\n".repeat(20)}`, [{ name: "a", required: true }], { maxRows: 10 }));
    expect(!many.ok && many.errors[0]?.message).toMatch(/more than 10 rows/);
    const big = worded(parseCsv("a\n" + "x".repeat(2000), [{ name: "a", required: true }], { maxBytes: 1000 }));
    expect(!big.ok && big.errors[0]?.message).toMatch(/larger than/);
  });
});
