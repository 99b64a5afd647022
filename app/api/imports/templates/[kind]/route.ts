import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { apiJson, NO_STORE } from "@/lib/api/responses";
import { refuseWithoutPermission } from "@/lib/api/refusals";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { CSV_KINDS, templateCsv } from "@/lib/import/csv-templates";

const kindSchema = z.enum(CSV_KINDS);

/** GET /api/imports/templates/{missions|accounts|snapshots|posts}: a CSV template to fill in. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) return apiJson({ error: "unauthenticated" }, 401);
  const refused = await refuseWithoutPermission(viewer, "import:data", request, "not_found");
  if (refused) return refused;
  const kind = kindSchema.safeParse((await params).kind);
  if (!kind.success) return apiJson({ error: "not_found" }, 404);
  // A byte-order mark so that spreadsheets open the file as UTF-8 (Mongolian names).
  return new NextResponse("\uFEFF" + templateCsv(kind.data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="chancery-${kind.data}-template.csv"`,
      "Cache-Control": NO_STORE,
    },
  });
}
