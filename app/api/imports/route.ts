import { NextResponse, type NextRequest } from "next/server";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { ImportAccessError, startWebImport } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES } from "@/lib/import/formats";
import { uploadParamsSchema } from "@/lib/validations/imports";

class UploadTooLargeError extends Error {}

/** The request body, refused as soon as it grows past the limit (a missing or false Content-Length is not trusted). */
async function readBody(request: NextRequest, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UploadTooLargeError();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * POST /api/imports?fileName=…&accountId=…: the request body is the file.
 * Answers 202 with the run's id at once; the import runs in the background
 * and GET /api/imports/{id} reports its progress and outcome.
 */
export async function POST(request: NextRequest) {
  const origin = checkSameOrigin(request);
  if (!origin.ok) return NextResponse.json({ error: origin.reason }, { status: 403 });
  const viewer = await getCurrentViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(viewer, "import:data")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const params = uploadParamsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!params.success) {
    return NextResponse.json({ error: "invalid_parameters", fields: params.error.issues.map((issue) => String(issue.path[0])) }, { status: 400 });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > IMPORT_MAX_BYTES) return NextResponse.json({ error: "too_large", limitBytes: IMPORT_MAX_BYTES }, { status: 413 });
  let bytes: Uint8Array;
  try {
    bytes = await readBody(request, IMPORT_MAX_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return NextResponse.json({ error: "too_large", limitBytes: IMPORT_MAX_BYTES }, { status: 413 });
    throw error;
  }
  try {
    const runId = await startWebImport(viewer, { accountId: params.data.accountId ?? null, fileName: params.data.fileName, bytes });
    return NextResponse.json({ id: runId }, { status: 202 });
  } catch (error) {
    if (error instanceof ImportAccessError) {
      return NextResponse.json({ error: error.code }, { status: error.code === "forbidden" ? 403 : error.code === "not_found" ? 404 : 400 });
    }
    throw error;
  }
}
