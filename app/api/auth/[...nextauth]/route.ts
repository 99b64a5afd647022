import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { apiJson } from "@/lib/api/route";
import { authOptionsFor } from "@/lib/auth/options";
import { resolveViewer, sessionRequestFrom } from "@/lib/auth/viewer";

/**
 * Options per request: the cookies are Secure when this request came over HTTPS (lib/auth/options.ts).
 * next-auth answers its session endpoint (GET, and POST with a CSRF token) from the signed token
 * alone, so a cookie of an ended session (sign-out, password reset, deactivation) would still name
 * its user there and be renewed: that endpoint answers "no session" unless the app accepts the cookie.
 */
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (
    nextauth.join("/") === "session" &&
    !(await resolveViewer(sessionRequestFrom(request.headers, request.cookies.getAll())))
  ) {
    return apiJson({});
  }
  return NextAuth(request, context, authOptionsFor(request.headers));
}

export { handler as GET, handler as POST };
