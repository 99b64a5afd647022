import { NextResponse } from "next/server";
import { z } from "zod";
import { NO_STORE, withViewer } from "@/lib/api/route";
import { CSV_KINDS, templateCsv } from "@/lib/import/csv-templates";

/** GET /api/imports/templates/{missions|accounts|snapshots|posts}: a CSV template to fill in. */
export const GET = withViewer(
  async ({ params: { kind } }) =>
    // A byte-order mark so that spreadsheets open the file as UTF-8 (Mongolian names).
    new NextResponse("\uFEFF" + templateCsv(kind), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="chancery-${kind}-template.csv"`,
        "Cache-Control": NO_STORE,
      },
    }),
  { permission: "import:data", hideForbidden: true, params: z.object({ kind: z.enum(CSV_KINDS) }) },
);
