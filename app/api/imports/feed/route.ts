import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { ImportAccessError, importFeed } from "@/lib/data/imports";

const bodySchema = z.object({
  accountId: z.string().trim().min(1).max(64),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

/**
 * POST /api/imports/feed { accountId, url }: fetches a blog's or website's
 * feed from the public internet and imports it like an uploaded file.
 * Answers 202 with the run's id, or 422 with a code saying why the feed was
 * not fetched (the import screen words it from the catalog).
 */
export async function POST(request: NextRequest) {
  const origin = checkSameOrigin(request);
  if (!origin.ok) return NextResponse.json({ error: origin.reason }, { status: 403 });
  const viewer = await getCurrentViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(viewer, "import:data")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid_parameters", fields: ["body"] }, { status: 400 });
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return NextResponse.json({ error: "invalid_parameters", fields: body.error.issues.map((i) => String(i.path[0])) }, { status: 400 });
  try {
    const result = await importFeed(viewer, body.data);
    if (!result.ok) {
      const { code, ...details } = result.problem;
      return NextResponse.json({ error: "feed_refused", reason: code, ...details }, { status: 422 });
    }
    return NextResponse.json({ id: result.runId }, { status: 202 });
  } catch (error) {
    if (error instanceof ImportAccessError) return NextResponse.json({ error: error.code }, { status: error.code === "not_found" ? 404 : 403 });
    throw error;
  }
}
