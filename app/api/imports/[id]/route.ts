import { z } from "zod";
import { apiJson, withViewer } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { getImportRun } from "@/lib/data/imports";
import { importRunIdSchema } from "@/lib/validations/imports";

/** GET /api/imports/{id}: a run's progress while it runs, then its report. */
export const GET = withViewer(
  async ({ viewer, params }) => {
    const run = await getImportRun(viewer, params.id);
    if (!run) throw new AppError("not_found");
    return apiJson(run);
  },
  // Runs are not secret by id, but only importers know them: everyone else sees none.
  { permission: "import:data", hideForbidden: true, params: z.object({ id: importRunIdSchema }) },
);
