import { NextResponse, type NextRequest } from "next/server";

/**
 * A convenience only: visitors without a session cookie are sent to sign-in
 * with a proper redirect before any page work starts. Whether a session is
 * valid, and what it may see, is decided by every page, route handler and
 * server action itself (lib/auth/viewer.ts, lib/data/*).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but sign-in, the auth and other API routes, and static files.
  matcher: ["/((?!signin|api/|_next/|favicon.ico).*)"],
};
