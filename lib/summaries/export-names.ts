/**
 * What the three summary exports (PDF, CSV, XLSX) share: the translator they
 * take, the names of the tables, and the file names a route handler sends in
 * Content-Disposition.
 */
import { quarterId, type Quarter } from "../metrics/quarters";

/**
 * A message lookup in the "summaryExports" namespace. next-intl's
 * `await getTranslations("summaryExports")` (route handler) and
 * `createTranslator({ locale, messages, namespace: "summaryExports" })` both fit.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const SUMMARY_TABLE_NAMES = [
  "kpis",
  "trend",
  "most-improved",
  "most-declined",
  "status-changes",
  "themes",
  "staff-time",
  "dormant-accounts",
] as const;
export type SummaryTableName = (typeof SUMMARY_TABLE_NAMES)[number];

export const SUMMARY_CONTENT_TYPES = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * "chancery-summary-2017-Q3.pdf" for the ministry, "chancery-summary-2017-Q3-germany.pdf"
 * for a mission (its slug), "chancery-summary-2017-Q3-germany-kpis.csv" for a
 * table: a ministry's and a mission's files never share a name. ASCII only, so
 * the name needs no RFC 5987 encoding in Content-Disposition.
 */
export function summaryExportFileName(
  quarter: Quarter,
  extension: keyof typeof SUMMARY_CONTENT_TYPES,
  options: { table?: SummaryTableName; mission?: string } = {},
): string {
  const mission = options.mission === undefined ? "" : `-${fileNamePart(options.mission)}`;
  const table = options.table ? `-${options.table}` : "";
  return `chancery-summary-${quarterId(quarter)}${mission}${table}.${extension}`;
}

/** A slug as a file-name part: lower-case ASCII letters, digits and single hyphens ("mission" when nothing is left). */
function fileNamePart(slug: string): string {
  const part = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return part === "" ? "mission" : part;
}

/** `attachment; filename="…"` for a name made by summaryExportFileName. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
