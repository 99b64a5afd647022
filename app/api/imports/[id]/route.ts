import type { NextRequest } from "next/server";
import { apiJson } from "@/lib/api/responses";
import { refuseWithoutPermission } from "@/lib/api/refusals";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { getImportRun } from "@/lib/data/imports";
import { importRunIdSchema } from "@/lib/validations/imports";

/** GET /api/imports/{id}: a run's progress while it runs, then its report. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) return apiJson({ error: "unauthenticated" }, 401);
  // Runs are not secret by id, but only importers know them: everyone else sees none.
  const refused = await refuseWithoutPermission(viewer, "import:data", request, "not_found");
  if (refused) return refused;
  const id = importRunIdSchema.safeParse((await params).id);
  if (!id.success) return apiJson({ error: "not_found" }, 404);
  const run = await getImportRun(viewer, id.data);
  if (!run) return apiJson({ error: "not_found" }, 404);
  return apiJson(run);
}
