import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { CSV_KINDS, templateCsv } from "@/lib/import/csv-templates";

const kindSchema = z.enum(CSV_KINDS);

/** GET /api/imports/templates/{missions|accounts|snapshots|posts}: a CSV template to fill in. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(viewer, "import:data")) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const kind = kindSchema.safeParse((await params).kind);
  if (!kind.success) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // A byte-order mark so that spreadsheets open the file as UTF-8 (Mongolian names).
  return new NextResponse("\uFEFF" + templateCsv(kind.data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="chancery-${kind.data}-template.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
