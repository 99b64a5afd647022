import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE } from "../../i18n/request";
import messages from "../../messages/en/index";
import { z } from "zod";
import type { Viewer } from "../auth/permissions";
import { AppError } from "../errors";
import { wordValues, type Message } from "../messages";
import { parseQuarter, quarterLabel } from "../metrics/quarters";
import { summaryTables, toCsv } from "../summaries/csv";
import { attachmentDisposition, SUMMARY_CONTENT_TYPES, SUMMARY_TABLE_NAMES, summaryExportFileName, type SummaryTableName, type Translate } from "../summaries/export-names";
import type { MetricSettings } from "../metrics/settings";
import { renderSummaryPdf, type NarrativeTranslate } from "../summaries/pdf";
import { summaryWorkbook } from "../summaries/xlsx";
import type { QuarterSummary } from "../summaries/types";
import { getQuarterSummary, getSummarySettings } from "./summaries";

/** The query of a summary download: the mission (HQ may pick any; an ambassador only their own) and, for CSV, the table. */
export const summaryExportQuerySchema = z.object({
  mission: z.string().trim().min(1).max(64).optional(),
  table: z.enum(SUMMARY_TABLE_NAMES).optional(),
});
export type SummaryExportQuery = z.infer<typeof summaryExportQuerySchema>;

/** The summary a download asks for, checked like the page: quarter, mission scope (an ambassador's own only), with the settings it was computed with. */
async function loadSummary(viewer: Viewer, quarterParam: string, query: SummaryExportQuery): Promise<{ summary: QuarterSummary; settings: MetricSettings }> {
  const quarter = parseQuarter(quarterParam);
  if (!quarter) throw new AppError("invalid_parameters", { params: { fields: ["quarter"] } });
  // Ambassadors export their own mission's summary; asking for the ministry gives them that too.
  const missionId = query.mission ?? (viewer.role === "ambassador" ? (viewer.missionId ?? "none") : undefined);
  const settings = await getSummarySettings();
  const summary = await getQuarterSummary(viewer, quarter, settings, { missionId });
  if (!summary) throw new AppError("not_found");
  return { summary, settings };
}

/** The download's file name: the ministry's by quarter, a mission's by quarter and mission slug (never the same name). */
export function summaryFileName(summary: QuarterSummary, extension: "pdf" | "csv" | "xlsx", table?: SummaryTableName): string {
  const mission = summary.scope.kind === "mission" ? (summary.scope.missionSlug ?? summary.scope.missionId) : undefined;
  return summaryExportFileName(summary.quarter, extension, { table, mission });
}

/**
 * The catalogs of the request's locale. Downloads are plain route handlers:
 * the translators are made from the catalog directly (the same one the pages
 * use), which also keeps them callable outside a React render.
 */
async function translators(): Promise<{ t: Translate; narrative: NarrativeTranslate; locale: string; title: (summary: QuarterSummary) => string }> {
  const locale = DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages, namespace: "summaryExports" });
  const narrative = createTranslator({ locale, messages, namespace: "summaries.narrative" });
  const summaries = createTranslator({ locale, messages, namespace: "summaries" });
  const catalog = createTranslator({ locale, messages });
  const text = (message: Message) => catalog(message.code as never, message.params as never);
  return {
    t: (key, values) => t(key as never, values as never),
    narrative: (key, values) => narrative(key as never, wordValues(values, text) as never),
    locale,
    title: (summary) => {
      const quarter = text(quarterLabel(summary.quarter));
      return summary.scope.kind === "mission" ? summaries("missionTitle", { mission: summary.scope.missionName, quarter }) : summaries("title", { quarter });
    },
  };
}

/** `baseUrl` is the address the request came to, for the PDF's links back to the app. */
export async function summaryPdfResponse(viewer: Viewer, quarter: string, query: SummaryExportQuery, baseUrl: string): Promise<Response> {
  const { summary, settings } = await loadSummary(viewer, quarter, query);
  const { t, narrative, locale, title } = await translators();
  const body = await renderSummaryPdf(summary, t, { locale, title: title(summary), narrative, baseUrl, ministryName: settings.ministryName });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.pdf, "Content-Disposition": attachmentDisposition(summaryFileName(summary, "pdf")), "Cache-Control": "no-store" },
  });
}

export async function summaryXlsxResponse(viewer: Viewer, quarter: string, query: SummaryExportQuery): Promise<Response> {
  const { summary } = await loadSummary(viewer, quarter, query);
  const { t } = await translators();
  const body = await summaryWorkbook(summary, t);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.xlsx, "Content-Disposition": attachmentDisposition(summaryFileName(summary, "xlsx")), "Cache-Control": "no-store" },
  });
}

export async function summaryCsvResponse(viewer: Viewer, quarter: string, query: SummaryExportQuery): Promise<Response> {
  const { summary } = await loadSummary(viewer, quarter, query);
  const table = query.table ?? "kpis";
  const { t } = await translators();
  const { header, rows } = summaryTables(summary, t)[table];
  return new Response(toCsv(rows, header), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.csv, "Content-Disposition": attachmentDisposition(summaryFileName(summary, "csv", table)), "Cache-Control": "no-store" },
  });
}
