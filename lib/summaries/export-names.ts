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
] as const;
export type SummaryTableName = (typeof SUMMARY_TABLE_NAMES)[number];

export const SUMMARY_CONTENT_TYPES = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * "chancery-summary-2017-Q3.pdf", "chancery-summary-2017-Q3-kpis.csv". ASCII
 * only, so the name needs no RFC 5987 encoding in Content-Disposition.
 */
export function summaryExportFileName(
  quarter: Quarter,
  extension: keyof typeof SUMMARY_CONTENT_TYPES,
  table?: SummaryTableName,
): string {
  return `chancery-summary-${quarterId(quarter)}${table ? `-${table}` : ""}.${extension}`;
}

/** `attachment; filename="…"` for a name made by summaryExportFileName. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
