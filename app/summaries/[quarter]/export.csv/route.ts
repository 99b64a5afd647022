import { z } from "zod";
import { withViewer } from "@/lib/api/route";
import { summaryCsvResponse, summaryExportQuerySchema } from "@/lib/data/summary-exports";

/** GET /summaries/{quarter}/export.csv[?mission=…] — the quarterly summary as a download, for what the viewer may see. */
export const GET = withViewer(async ({ viewer, params, query }) => summaryCsvResponse(viewer, params.quarter, query), {
  params: z.object({ quarter: z.string() }),
  query: summaryExportQuerySchema,
});
