import { z } from "zod";
import { withViewer } from "@/lib/api/route";
import { summaryXlsxResponse, summaryExportQuerySchema } from "@/lib/data/summary-exports";

/** GET /summaries/{quarter}/export.xlsx[?mission=…] — the quarterly summary as a download, for what the viewer may see. */
export const GET = withViewer(async ({ viewer, params, query }) => summaryXlsxResponse(viewer, params.quarter, query), {
  params: z.object({ quarter: z.string() }),
  query: summaryExportQuerySchema,
});
