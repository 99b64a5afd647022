import { NextResponse, type NextRequest } from "next/server";
import {
  cameOverHttpsFromHeaders,
  createNonce,
  pageContentSecurityPolicy,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/headers";
import { checkSameOrigin, isServerActionRequest } from "@/lib/security/same-origin";

/**
 * Runs before every page. It gives the page a Content Security Policy with a
 * fresh script nonce (Next.js reads the nonce from the request's policy and
 * puts it on its own scripts), and — a convenience only — sends visitors
 * without a session cookie to sign-in before any page work starts. Whether a
 * session is valid, and what it may see, is decided by every page, route
 * handler and server action itself (lib/auth/viewer.ts, lib/data/*). API
 * routes and static files get their headers from next.config.ts.
 *
 * A server action posted from another site is handed to a route that answers
 * 403 and audits it (the proxy has no store to write to): left to Next.js it
 * would be refused with a server error.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const CROSS_ORIGIN_REFUSAL = "/api/refused/cross-origin";

function withSecurityHeaders(response: NextResponse, policy: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const https = cameOverHttpsFromHeaders(request.headers);
  const { pathname, search } = request.nextUrl;

  if (isServerActionRequest(request) && !checkSameOrigin(request).ok) {
    const url = new URL(CROSS_ORIGIN_REFUSAL, request.url);
    url.searchParams.set("path", pathname);
    const requestHeaders = new Headers(request.headers);
    // The refusal route is a route handler; nothing downstream may take the request for an action.
    requestHeaders.delete("next-action");
    return withSecurityHeaders(NextResponse.rewrite(url, { request: { headers: requestHeaders } }), policy, https);
  }

  if (!pathname.startsWith("/signin") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    // The bare address leads to each role's own home after sign-in, not to the overview.
    url.search = pathname === "/" && search === "" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url), policy, https);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy, https);
}

export const config = {
  // Every page, sign-in included; not the API routes or static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
