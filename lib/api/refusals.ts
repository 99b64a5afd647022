import "server-only";
import type { NextResponse } from "next/server";
import { getCurrentViewer } from "../auth/viewer";
import { can, type Permission, type Viewer } from "../auth/permissions";
import { recordAccessRefused, recordCrossOriginRefused } from "../auth/refusals";
import { checkSameOrigin } from "../security/same-origin";
import { apiJson } from "./responses";

/**
 * The 403 for a state-changing request from another site, with its audit
 * entry when it carried a valid session; null when the request is same-origin.
 * `path` names the address the browser asked for when it differs from the
 * request's own (a server action that proxy.ts handed over).
 */
export async function refuseCrossOrigin(request: Request, path?: string): Promise<NextResponse | null> {
  const check = checkSameOrigin(request);
  if (check.ok) return null;
  const viewer = await getCurrentViewer();
  if (viewer) {
    await recordCrossOriginRefused(viewer, { method: request.method, path: path ?? new URL(request.url).pathname, origin: request.headers.get("origin") });
  }
  return apiJson({ error: check.reason }, 403);
}

/**
 * The refusal of a signed-in viewer whose role lacks the permission, with its
 * audit entry; null when the viewer has it. `answer` keeps each route's
 * existing reply: "not_found" where a resource's existence is itself hidden.
 */
export async function refuseWithoutPermission(
  viewer: Viewer,
  permission: Permission,
  request: Request,
  answer: "forbidden" | "not_found" = "forbidden",
): Promise<NextResponse | null> {
  if (can(viewer, permission)) return null;
  await recordAccessRefused(viewer, { permission, path: new URL(request.url).pathname });
  return apiJson({ error: answer }, answer === "forbidden" ? 403 : 404);
}
