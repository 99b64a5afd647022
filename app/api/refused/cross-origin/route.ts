import type { NextRequest } from "next/server";
import { refuseCrossOrigin } from "@/lib/api/refusals";
import { apiJson } from "@/lib/api/responses";

/**
 * POST /api/refused/cross-origin?path=…: where proxy.ts sends a server action
 * posted from another site. Answers 403 with an audit entry when the request
 * carried a session; a same-origin request has nothing to be refused for.
 */
export async function POST(request: NextRequest) {
  const path = request.nextUrl.searchParams.get("path") ?? "";
  const refused = await refuseCrossOrigin(request, path.startsWith("/") ? path : undefined);
  return refused ?? apiJson({ error: "not_found" }, 404);
}
