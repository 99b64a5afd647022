import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiJson } from "@/lib/api/responses";
import { refuseCrossOrigin, refuseWithoutPermission } from "@/lib/api/refusals";
import { getCurrentViewer } from "@/lib/auth/viewer";
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
  const crossOrigin = await refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const viewer = await getCurrentViewer();
  if (!viewer) return apiJson({ error: "unauthenticated" }, 401);
  const refused = await refuseWithoutPermission(viewer, "import:data", request);
  if (refused) return refused;
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return apiJson({ error: "invalid_parameters", fields: ["body"] }, 400);
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return apiJson({ error: "invalid_parameters", fields: body.error.issues.map((i) => String(i.path[0])) }, 400);
  try {
    const result = await importFeed(viewer, body.data);
    if (!result.ok) {
      const { code, ...details } = result.problem;
      return apiJson({ error: "feed_refused", reason: code, ...details }, 422);
    }
    return apiJson({ id: result.runId }, 202);
  } catch (error) {
    if (error instanceof ImportAccessError) return apiJson({ error: error.code }, error.code === "not_found" ? 404 : 403);
    throw error;
  }
}
