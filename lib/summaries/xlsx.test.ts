import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { englishTranslate, sampleSummary } from "./fixtures/sample-summary";
import { summaryWorkbook } from "./xlsx";

async function readBack(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const file = await summaryWorkbook(sampleSummary(), englishTranslate);
  // exceljs declares its own Buffer type (an ArrayBuffer); Node's Buffer works at run time.
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("summaryWorkbook", () => {
  it("has one sheet per table with a bold, frozen header row", async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Key figures",
      "Trend",
      "Most improved",
      "Most declined",
      "Status changes",
      "Themes",
      "Staff time",
      "Dormant accounts",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    // Widths fit the content: the metric names are wider than the default 9 characters.
    expect(workbook.getWorksheet("Key figures")!.getColumn(1).width).toBeGreaterThan(20);
  });

  it("writes numbers as numbers, shares as percentages and dates as dates", async () => {
    const workbook = await readBack();
    const kpis = workbook.getWorksheet("Key figures")!;
    const posts = kpis.getRows(2, kpis.rowCount - 1)!.find((row) => row.getCell(1).value === "Posts")!;
    expect(posts.getCell(2).value).toBe(1284);
    expect(posts.getCell(2).numFmt).toBe("#,##0");
    // Totals are not compared; posts per day are: 1,284 / 92 = 14.0 against 702 / 91 = 7.7 a day, +6.3.
    expect(posts.getCell(4).value).toBeNull();
    const perDay = kpis.getRows(2, kpis.rowCount - 1)!.find((row) => row.getCell(1).value === "Posts per day")!;
    expect([perDay.getCell(2).value, perDay.getCell(3).value, perDay.getCell(4).value]).toEqual([14, 7.7, 6.3]);
    const share = kpis.getRows(2, kpis.rowCount - 1)!.find((row) => row.getCell(1).value === "Engagement share")!;
    expect(share.getCell(2).value).toBe(0.3412);
    expect(share.getCell(2).numFmt).toBe("0.0%");
    expect(share.getCell(4).numFmt).toBe("+0.0%;-0.0%;0.0%");

    const trend = workbook.getWorksheet("Trend")!;
    const first = trend.getRow(2);
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2015, 9, 1)));
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(2).numFmt).toBe("yyyy-mm-dd");
    // A quarter without posts: zero posts, no share (an empty cell, not 0 %).
    expect(trend.getRow(3).getCell(9).value).toBe(0);
    expect(trend.getRow(3).getCell(10).value).toBeNull();
  });

  it("keeps Cyrillic and formula-like names as strings", async () => {
    const workbook = await readBack();
    const declined = workbook.getWorksheet("Most declined")!;
    expect(declined.getRow(2).getCell(2).value).toBe("Элчин сайдын яам, Москва");
    expect(declined.getRow(2).getCell(5).value).toBe(-24);
    const improved = workbook.getWorksheet("Most improved")!;
    const hyperlink = improved.getRow(4).getCell(2);
    expect(hyperlink.value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(hyperlink.type).toBe(ExcelJS.ValueType.String);
  });
});
