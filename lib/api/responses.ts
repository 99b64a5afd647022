import { NextResponse } from "next/server";

/**
 * Every API answer carries the store's data or says something about the
 * session, so no browser or proxy cache may keep it (a shared machine's
 * back button, a caching proxy between the ministry and the server).
 */
export const NO_STORE = "no-store";

/** The one way route handlers answer with JSON: the body, its status, and never cached. */
export function apiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": NO_STORE } });
}
