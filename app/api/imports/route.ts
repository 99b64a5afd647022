import type { NextRequest } from "next/server";
import { apiJson } from "@/lib/api/responses";
import { refuseCrossOrigin, refuseWithoutPermission } from "@/lib/api/refusals";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { ImportAccessError, startWebImport } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES } from "@/lib/import/formats";
import { readUploadBody, UploadTooLargeError } from "@/lib/import/upload-body";
import { uploadParamsSchema } from "@/lib/validations/imports";

/**
 * POST /api/imports?fileName=…&accountId=…[&confirmOtherAccount=1]: the request body is the file.
 * Answers 202 with the run's id at once; the import runs in the background
 * and GET /api/imports/{id} reports its progress and outcome.
 */
export async function POST(request: NextRequest) {
  const crossOrigin = await refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const viewer = await getCurrentViewer();
  if (!viewer) return apiJson({ error: "unauthenticated" }, 401);
  const refused = await refuseWithoutPermission(viewer, "import:data", request);
  if (refused) return refused;
  const params = uploadParamsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!params.success) {
    return apiJson({ error: "invalid_parameters", fields: params.error.issues.map((issue) => String(issue.path[0])) }, 400);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > IMPORT_MAX_BYTES) return apiJson({ error: "too_large", limitBytes: IMPORT_MAX_BYTES }, 413);
  let bytes: Uint8Array;
  try {
    bytes = await readUploadBody(request.body, declared, IMPORT_MAX_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return apiJson({ error: "too_large", limitBytes: IMPORT_MAX_BYTES }, 413);
    throw error;
  }
  try {
    const runId = await startWebImport(viewer, { accountId: params.data.accountId ?? null, fileName: params.data.fileName, bytes, confirmOtherAccount: params.data.confirmOtherAccount });
    return apiJson({ id: runId }, 202);
  } catch (error) {
    if (error instanceof ImportAccessError) {
      return apiJson({ error: error.code }, error.code === "forbidden" ? 403 : error.code === "not_found" ? 404 : 400);
    }
    throw error;
  }
}
