import { apiJson, withViewer } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { startWebImport } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES } from "@/lib/import/formats";
import { readUploadBody } from "@/lib/import/upload-body";
import { uploadParamsSchema } from "@/lib/validations/imports";

/**
 * POST /api/imports?fileName=…&accountId=…[&confirmOtherAccount=1]: the request body is the file.
 * Answers 202 with the run's id at once; the import runs in the background
 * and GET /api/imports/{id} reports its progress and outcome.
 */
export const POST = withViewer(
  async ({ viewer, request, query }) => {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > IMPORT_MAX_BYTES) throw new AppError("too_large", { params: { limitBytes: IMPORT_MAX_BYTES } });
    const bytes = await readUploadBody(request.body, declared, IMPORT_MAX_BYTES);
    const runId = await startWebImport(viewer, {
      accountId: query.accountId ?? null,
      fileName: query.fileName,
      bytes,
      confirmOtherAccount: query.confirmOtherAccount,
    });
    return apiJson({ id: runId }, 202);
  },
  { sameOrigin: true, permission: "import:data", query: uploadParamsSchema },
);
