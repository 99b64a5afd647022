import { NextResponse, type NextRequest } from "next/server";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { getImportRun } from "@/lib/data/imports";
import { importRunIdSchema } from "@/lib/validations/imports";

/** GET /api/imports/{id}: a run's progress while it runs, then its report. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  // Runs are not secret by id, but only importers know them: everyone else sees none.
  if (!can(viewer, "import:data")) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const id = importRunIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const run = await getImportRun(viewer, id.data);
  if (!run) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.json(run);
}
