import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodEndingAt } from "../metrics/dates";
import { csvCellText, summaryTables, toCsv } from "./csv";
import { SUMMARY_TABLE_NAMES, summaryExportFileName } from "./export-names";
import { englishTranslate, sampleSummary } from "./fixtures/sample-summary";
import { summaryWorkbook } from "./xlsx";

const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });
const FORMULA_START = /^[=+\-@\t\r]/;

describe("csvCellText: formula injection", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-5", "'-5"],
  ])("neutralises the string %j", (input, expected) => {
    expect(csvCellText(input)).toBe(expected);
  });

  it("writes numbers as numbers, negative ones too", () => {
    expect(csvCellText(-5)).toBe("-5");
    expect(csvCellText(0.3412)).toBe("0.3412");
    expect(csvCellText(Number.NaN)).toBe("");
  });

  it("leaves ordinary text, null and dates alone", () => {
    expect(csvCellText("Embassy 1 = best")).toBe("Embassy 1 = best");
    expect(csvCellText("2017-Q3")).toBe("2017-Q3");
    expect(csvCellText(null)).toBe("");
    expect(csvCellText(new Date(Date.UTC(2017, 8, 30)))).toBe("2017-09-30");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends every line with CRLF and quotes only what needs it", () => {
    const csv = toCsv([["a,b", 'say "hi"', "two\nlines", 3, null]], ["h1", "h2", "h3", "h4", "h5"]);
    expect(csv).toBe('\uFEFFh1,h2,h3,h4,h5\r\n"a,b","say ""hi""","two\nlines",3,\r\n');
  });

  it("keeps Cyrillic as UTF-8 text", () => {
    const csv = toCsv([["Элчин сайдын яам, Улаанбаатар", 1]], ["Төлөөлөгчийн газар", "Тоо"]);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(bytes.toString("utf8"))).toEqual([
      ["Төлөөлөгчийн газар", "Тоо"],
      ["Элчин сайдын яам, Улаанбаатар", "1"],
    ]);
  });

  it("round-trips through csv-parse to the intended texts, apostrophes included", () => {
    const rows = [
      ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1", "-5", -5],
      ['quote " inside', "comma, inside", "line\r\nbreak", "Монгол", new Date(Date.UTC(2017, 6, 1)), null, 0.25],
    ];
    const header = ["a", "b", "c", "d", "e", "f", "g"];
    expect(parseCsv(toCsv(rows, header))).toEqual([
      header,
      [`'=HYPERLINK("http://evil.example","click")`, "'+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'-5", "-5"],
      ['quote " inside', "comma, inside", "line\r\nbreak", "Монгол", "2017-07-01", "", "0.25"],
    ]);
  });
});

describe("summaryTables", () => {
  const tables = summaryTables(sampleSummary(), englishTranslate);

  it("has every table with a header and rows of the same width", () => {
    expect(Object.keys(tables)).toEqual([...SUMMARY_TABLE_NAMES]);
    for (const table of Object.values(tables)) {
      for (const [index, row] of table.rows.entries()) {
        expect(row).toHaveLength(table.header.length);
        expect(table.formats[index]).toHaveLength(table.header.length);
      }
    }
    expect(tables.trend.rows).toHaveLength(8);
    expect(tables["status-changes"].rows).toHaveLength(34);
  });

  it("compares the current quarter with the previous one and the year before", () => {
    expect(tables.kpis.header).toEqual([
      "Metric",
      "Q3 2017",
      "Q2 2017",
      "Change vs Q2 2017",
      "Q3 2016",
      "Change vs Q3 2016",
    ]);
    // Totals are not compared (a quarter in progress has fewer days); posts per day are, at the one decimal shown:
    // 1,284 / 92 = 14.0, 702 / 91 = 7.7, 530 / 92 = 5.8 a day.
    const posts = tables.kpis.rows.find((row) => row[0] === "Posts");
    expect(posts).toEqual(["Posts", 1284, 702, null, 530, null]);
    expect(tables.kpis.rows.find((row) => row[0] === "Days covered")).toEqual(["Days covered", 92, 91, null, 92, null]);
    expect(tables.kpis.rows.find((row) => row[0] === "Posts per day")).toEqual([
      "Posts per day",
      14,
      7.7,
      6.3,
      5.8,
      8.2,
    ]);
    const share = tables.kpis.rows.find((row) => row[0] === "Engagement share");
    expect(share).toEqual(["Engagement share", 0.3412, 0.301, 0.0402, 0.2433, 0.0979]);
  });

  it("labels a quarter in progress and compares its posts per day; a change that rounds to nothing is 0", () => {
    const summary = sampleSummary();
    // Q3 2017 as of 15 August: 616 posts in 46 of its 92 days; Q2 2017 whole: 1,500 in 91.
    const current = {
      ...summary.current,
      period: periodEndingAt(new Date(Date.UTC(2017, 7, 15)), 46),
      posts: 616,
      engagementShare: 0.35004,
    };
    const previous = { ...summary.previous, posts: 1500, engagementShare: 0.34996 };
    const partial = { ...summary, current, previous, trend: [...summary.trend.slice(0, 6), previous, current] };
    const { kpis, trend } = summaryTables(partial, englishTranslate);
    expect(kpis.header[1]).toBe("Q3 2017 (in progress, 46 of 92 days)");
    expect(kpis.header[2]).toBe("Q2 2017");
    expect(kpis.rows.find((row) => row[0] === "Posts")).toEqual(["Posts", 616, 1500, null, 530, null]);
    // 616 / 46 = 13.4 a day against 1,500 / 91 = 16.5 (-3.1) and 530 / 92 = 5.8 (+7.6): not 616 - 1,500 = -884.
    expect(kpis.rows.find((row) => row[0] === "Posts per day")).toEqual(["Posts per day", 13.4, 16.5, -3.1, 5.8, 7.6]);
    // 35.00 % against 35.00 % as written (four decimals): no change, not +0.01 points.
    expect(kpis.rows.find((row) => row[0] === "Engagement share")![3]).toBe(0);
    expect(trend.rows.at(-1)![0]).toBe("Q3 2017 (in progress, 46 of 92 days)");
    expect(trend.rows.at(-1)!.slice(-2)).toEqual([46, 13.4]);
    expect(trend.header.slice(-2)).toEqual(["Days covered", "Posts per day"]);
  });

  it("leaves a missing figure empty rather than zero", () => {
    const emptyQuarter = tables.trend.rows[1]!;
    expect(emptyQuarter[0]).toBe("Q1 2016");
    expect(emptyQuarter[8]).toBe(0);
    expect(emptyQuarter[9]).toBeNull();
    expect(emptyQuarter[12]).toBeNull();
  });

  it("lists the missions that recorded staff time, then their total output per staff hour", () => {
    const summary = sampleSummary();
    summary.staffTime = {
      missions: [
        { id: "m-0", name: "Japan", hours: 30 },
        { id: "m-1", name: "Sweden", hours: 10.5 },
      ],
      missionsInScope: 28,
      hours: 40.5,
      posts: 81,
      engagementPosts: 27,
      reactions: null,
      // 81 / 40.5 = 2 posts, 27 / 40.5 = 0.67 engagement posts per hour, 40.5 * 60 / 81 = 30 minutes per post
      ratios: {
        hours: 40.5,
        postsPerHour: 2,
        engagementPostsPerHour: 27 / 40.5,
        reactionsPerHour: null,
        minutesPerPost: 30,
      },
    };
    const table = summaryTables(summary, englishTranslate)["staff-time"];
    expect(table.header).toEqual([
      "Mission",
      "Staff hours",
      "Posts",
      "Posts per staff hour",
      "Engagement posts per staff hour",
      "Reactions per staff hour",
      "Staff minutes per post",
    ]);
    expect(table.rows).toEqual([
      ["Japan", 30, null, null, null, null, null],
      ["Sweden", 10.5, null, null, null, null, null],
      ["All recording missions (2 of 28)", 40.5, 81, 2, 0.67, null, 30],
    ]);
  });

  it("gives each mission row its own output, which adds up to the total row", () => {
    // The sample: 80 h with 200 posts (50 engagement, 1,500 reactions) and 40 h with 40 posts (10, 300).
    const table = summaryTables(sampleSummary(), englishTranslate)["staff-time"];
    expect(table.rows).toEqual([
      ["Элчин сайдын яам, Вашингтон", 80, 200, 2.5, 0.63, 18.75, 24],
      ["Элчин сайдын яам, Токио", 40, 40, 1, 0.25, 7.5, 60],
      ["All recording missions (2 of 8)", 120, 240, 2, 0.5, 15, 30],
    ]);
  });

  it("writes scores and their change at the one decimal they are shown with", () => {
    const summary = sampleSummary();
    summary.mostImproved = [
      { missionId: "m-0", missionName: "Berlin", score: 57.74, previousScore: 57.66, change: 0.08 },
    ];
    summary.current = { ...summary.current, medianHealthScore: 57.74 };
    summary.previous = { ...summary.previous, medianHealthScore: 57.66 };
    const tables = summaryTables(summary, englishTranslate);
    // 57.7 and 57.7 as shown: no change, not +0.08 (printed "+0.1").
    expect(tables["most-improved"].rows[0]).toEqual([1, "Berlin", 57.7, 57.7, 0]);
    const median = tables.kpis.rows.find((row) => row[0] === "Median health score, missions with an active account")!;
    expect(median.slice(1, 4)).toEqual([57.7, 57.7, 0]);
  });

  it("lists the dormant accounts with their last post", () => {
    const table = summaryTables(sampleSummary(), englishTranslate)["dormant-accounts"];
    expect(table.header).toEqual(["Mission", "Platform", "Handle", "Last post", "New this quarter"]);
    expect(table.rows[0]).toEqual([
      "Элчин сайдын яам, Берлин",
      "x",
      "@mofa_berlin",
      new Date(Date.UTC(2016, 4, 2)),
      "No",
    ]);
    expect(table.rows[1]).toEqual(["Консулын газар, Эрээн", "facebook", "@erenhot_consulate", null, "No"]);
    expect(table.rows[2]![4]).toBe("Yes");
  });

  it("has no staff-time rows when no mission recorded hours", () => {
    const summary = sampleSummary();
    summary.staffTime = {
      missions: [],
      missionsInScope: 28,
      hours: 0,
      posts: 0,
      engagementPosts: 0,
      reactions: null,
      ratios: null,
    };
    expect(summaryTables(summary, englishTranslate)["staff-time"].rows).toEqual([]);
  });

  it("writes translated status changes and dates", () => {
    expect(tables["status-changes"].rows[0]).toEqual([
      "Элчин сайдын яам, Вашингтон",
      "x",
      "mission_0_mn",
      "Came back",
      new Date(Date.UTC(2017, 3, 1)),
    ]);
  });
});

// The "the CSV opens in a spreadsheet without formulas executing": the
// files are written where a human can open them, and checked cell by cell.
describe("exports open without formulas executing", () => {
  const outputDirectory = path.join(process.cwd(), "test-results", "summary-exports");
  const summary = sampleSummary();
  const tables = summaryTables(summary, englishTranslate);

  it("CSV: every cell that starts with a formula character starts with an apostrophe", () => {
    mkdirSync(outputDirectory, { recursive: true });
    let checked = 0;
    for (const name of SUMMARY_TABLE_NAMES) {
      const file = path.join(outputDirectory, summaryExportFileName(summary.quarter, "csv", { table: name }));
      writeFileSync(file, toCsv(tables[name].rows, tables[name].header));
      const cells = parseCsv(readFileSync(file, "utf8"));
      for (const [rowIndex, row] of cells.entries()) {
        for (const [columnIndex, cell] of row.entries()) {
          const value = rowIndex === 0 ? null : tables[name].rows[rowIndex - 1]![columnIndex];
          // Negative numbers written as numbers are the one allowed exception.
          if (FORMULA_START.test(cell) && typeof value !== "number")
            throw new Error(`${name} ${rowIndex}:${columnIndex} ${cell}`);
          if (cell.startsWith("'")) checked += 1;
        }
      }
    }
    // The sample has a HYPERLINK mission (on several rows), an @SUM handle and a -2+3 theme.
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it("XLSX: no cell is a formula, and formula-like names read back as the same strings", async () => {
    mkdirSync(outputDirectory, { recursive: true });
    const file = path.join(outputDirectory, summaryExportFileName(summary.quarter, "xlsx"));
    writeFileSync(file, await summaryWorkbook(summary, englishTranslate));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      ),
    );
    expect(texts).toContain('=HYPERLINK("http://evil.example","click")');
    expect(texts).toContain("@SUM(A1)");
    expect(texts).toContain("-2+3 climate finance");
  });
});

describe("toCsv on arbitrary cells (fast-check)", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", "a", "ө", " "),
      maxLength: 8,
    }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.constant(null),
  );

  it("parses back to exactly csvCellText of each cell, and only numbers may start with a formula character", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const parsed = parseCsv(toCsv(rows, ["a", "b", "c"]));
        expect(parsed).toEqual([["a", "b", "c"], ...rows.map((row) => row.map(csvCellText))]);
        parsed.slice(1).forEach((row, r) =>
          row.forEach((text, c) => {
            if (FORMULA_START.test(text)) expect(typeof rows[r]![c]).toBe("number");
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
