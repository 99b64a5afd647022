import { summaryPdfResponse } from "@/lib/data/summary-exports";

/** GET /summaries/{quarter}/export.pdf[?mission=…] — the quarterly summary as a download, for what the viewer may see. */
export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }) {
  return summaryPdfResponse(request, (await params).quarter);
}
