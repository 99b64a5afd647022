import { summaryXlsxResponse } from "@/lib/data/summary-exports";

/** GET /summaries/{quarter}/export.xlsx[?mission=…] — the quarterly summary as a download, for what the viewer may see. */
export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }) {
  return summaryXlsxResponse(request, (await params).quarter);
}
