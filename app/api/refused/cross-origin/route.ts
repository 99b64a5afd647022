import { assertSameOrigin, withRequest } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

/**
 * POST /api/refused/cross-origin?path=…: where proxy.ts sends a server action
 * posted from another site. Answers 403 with an audit entry when the request
 * carried a session; a same-origin request has nothing to be refused for.
 */
export const POST = withRequest(async ({ request, searchParams }) => {
  const path = searchParams.path ?? "";
  await assertSameOrigin(request, path.startsWith("/") ? path : undefined);
  throw new AppError("not_found");
});
