import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE } from "../../i18n/request";
import messages from "../../messages/en/index";
import { z } from "zod";
import { getCurrentViewer } from "../auth/viewer";
import { parseQuarter } from "../metrics/quarters";
import { summaryTables, toCsv } from "../summaries/csv";
import { attachmentDisposition, SUMMARY_CONTENT_TYPES, SUMMARY_TABLE_NAMES, summaryExportFileName, type Translate } from "../summaries/export-names";
import { renderSummaryPdf } from "../summaries/pdf";
import { summaryWorkbook } from "../summaries/xlsx";
import type { QuarterSummary } from "../summaries/types";
import { getQuarterSummary, getSummarySettings } from "./summaries";

const querySchema = z.object({
  mission: z.string().trim().min(1).max(64).optional(),
  table: z.enum(SUMMARY_TABLE_NAMES).optional(),
});

type Loaded = { ok: true; summary: QuarterSummary; table: z.infer<typeof querySchema>["table"] } | { ok: false; response: Response };

function json(status: number, error: string): Response {
  return Response.json({ error }, { status });
}

/** The summary a download asks for, checked like the page: session, quarter, mission scope (an ambassador's own only). */
async function loadSummary(request: Request, quarterParam: string): Promise<Loaded> {
  const viewer = await getCurrentViewer();
  if (!viewer) return { ok: false, response: json(401, "unauthenticated") };
  const quarter = parseQuarter(quarterParam);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!quarter || !query.success) return { ok: false, response: json(400, "invalid_parameters") };
  // Ambassadors export their own mission's summary; asking for the ministry gives them that too.
  const missionId = query.data.mission ?? (viewer.role === "ambassador" ? (viewer.missionId ?? "none") : undefined);
  const summary = await getQuarterSummary(viewer, quarter, await getSummarySettings(), { missionId });
  if (!summary) return { ok: false, response: json(404, "not_found") };
  return { ok: true, summary, table: query.data.table };
}

/**
 * The catalogs of the request's locale. Downloads are plain route handlers:
 * the translators are made from the catalog directly (the same one the pages
 * use), which also keeps them callable outside a React render.
 */
async function translators(): Promise<{ t: Translate; narrative: Translate; locale: string; title: (summary: QuarterSummary) => string }> {
  const locale = DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages, namespace: "summaryExports" });
  const narrative = createTranslator({ locale, messages, namespace: "summaries.narrative" });
  const summaries = createTranslator({ locale, messages, namespace: "summaries" });
  return {
    t: (key, values) => t(key as never, values as never),
    narrative: (key, values) => narrative(key as never, values as never),
    locale,
    title: (summary) => {
      const quarter = `Q${summary.quarter.quarter} ${summary.quarter.year}`;
      return summary.scope.kind === "mission" ? summaries("missionTitle", { mission: summary.scope.missionName, quarter }) : summaries("title", { quarter });
    },
  };
}

export async function summaryPdfResponse(request: Request, quarter: string): Promise<Response> {
  const loaded = await loadSummary(request, quarter);
  if (!loaded.ok) return loaded.response;
  const { t, narrative, locale, title } = await translators();
  const body = await renderSummaryPdf(loaded.summary, t, { locale, title: title(loaded.summary), narrative, baseUrl: new URL(request.url).origin });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.pdf, "Content-Disposition": attachmentDisposition(summaryExportFileName(loaded.summary.quarter, "pdf")), "Cache-Control": "no-store" },
  });
}

export async function summaryXlsxResponse(request: Request, quarter: string): Promise<Response> {
  const loaded = await loadSummary(request, quarter);
  if (!loaded.ok) return loaded.response;
  const { t } = await translators();
  const body = await summaryWorkbook(loaded.summary, t);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.xlsx, "Content-Disposition": attachmentDisposition(summaryExportFileName(loaded.summary.quarter, "xlsx")), "Cache-Control": "no-store" },
  });
}

export async function summaryCsvResponse(request: Request, quarter: string): Promise<Response> {
  const loaded = await loadSummary(request, quarter);
  if (!loaded.ok) return loaded.response;
  const table = loaded.table ?? "kpis";
  const { t } = await translators();
  const { header, rows } = summaryTables(loaded.summary, t)[table];
  return new Response(toCsv(rows, header), {
    headers: { "Content-Type": SUMMARY_CONTENT_TYPES.csv, "Content-Disposition": attachmentDisposition(summaryExportFileName(loaded.summary.quarter, "csv", table)), "Cache-Control": "no-store" },
  });
}
