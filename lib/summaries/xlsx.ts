/**
 * The quarterly summary as an Excel workbook: one sheet per table of
 * summaryTables, header row bold and frozen, numbers as numbers, shares as
 * percentages, dates as dates.
 *
 * A route handler (`/summaries/2017-Q3/export.xlsx`) calls
 *
 *   const t = await getTranslations("summaryExports");
 *   const body = await summaryWorkbook(summary, t);
 *   return new Response(new Uint8Array(body), { headers: {
 *     "Content-Type": SUMMARY_CONTENT_TYPES.xlsx,
 *     "Content-Disposition": attachmentDisposition(summaryExportFileName(summary.quarter, "xlsx", { mission: slug })), // chancery-summary-2017-Q3-germany.xlsx
 *   } });
 *
 * exceljs must stay out of the Next.js bundle: list "exceljs" in
 * serverExternalPackages. Strings are written as shared strings, never as
 * formulas, so a mission named "=HYPERLINK(…)" stays text (xlsx.test.ts reads
 * the file back to check).
 */
import ExcelJS from "exceljs";
import { SUMMARY_TABLE_NAMES, type Translate } from "./export-names";
import { summaryTables, type CellFormat, type CellValue } from "./csv";
import type { QuarterSummary } from "./types";

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  decimal: "#,##0.0#",
  change: "+#,##0.0#;-#,##0.0#;0",
  share: "0.0%",
  shareChange: "+0.0%;-0.0%;0.0%",
  date: "yyyy-mm-dd",
};

// Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet"
  );
}

function displayWidth(value: CellValue, format: CellFormat): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === "number") return format === "share" || format === "shareChange" ? 7 : String(value).length + 3;
  return Math.max(...value.split("\n").map((line) => line.length));
}

export async function summaryWorkbook(summary: QuarterSummary, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chancery";
  workbook.created = summary.generatedAt;
  workbook.title = `${t("documentTitle")} ${t("quarterLabel", { quarter: String(summary.quarter.quarter), year: String(summary.quarter.year) })}`;

  const tables = summaryTables(summary, t);
  for (const name of SUMMARY_TABLE_NAMES) {
    const table = tables[name];
    const sheet = workbook.addWorksheet(sheetName(t(`tables.${name}`)), { views: [{ state: "frozen", ySplit: 1 }] });
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.alignment = { vertical: "top", wrapText: true };

    table.rows.forEach((values, rowIndex) => {
      const row = sheet.addRow(values);
      values.forEach((_, columnIndex) => {
        const numFmt = NUMBER_FORMATS[table.formats[rowIndex]![columnIndex]!];
        if (numFmt) row.getCell(columnIndex + 1).numFmt = numFmt;
      });
    });

    table.header.forEach((title, columnIndex) => {
      const widest = Math.max(
        Math.min(title.length, 24),
        ...table.rows.map((row, rowIndex) =>
          displayWidth(row[columnIndex] ?? null, table.formats[rowIndex]![columnIndex]!),
        ),
      );
      sheet.getColumn(columnIndex + 1).width = Math.min(Math.max(widest + 2, 8), 60);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
