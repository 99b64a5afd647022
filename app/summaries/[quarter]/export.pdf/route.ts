import { z } from "zod";
import { withViewer } from "@/lib/api/route";
import { summaryPdfResponse, summaryExportQuerySchema } from "@/lib/data/summary-exports";

/** GET /summaries/{quarter}/export.pdf[?mission=…] — the quarterly summary as a download, for what the viewer may see. */
export const GET = withViewer(
  async ({ viewer, request, params, query }) =>
    summaryPdfResponse(viewer, params.quarter, query, new URL(request.url).origin),
  {
    params: z.object({ quarter: z.string() }),
    query: summaryExportQuerySchema,
  },
);
