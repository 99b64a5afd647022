import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { apiJson } from "@/lib/api/responses";
import { authOptionsFor } from "@/lib/auth/options";
import { resolveViewer } from "@/lib/auth/viewer";

/**
 * Options per request: the cookies are Secure when this request came over HTTPS (lib/auth/options.ts).
 * next-auth answers its session endpoint from the signed token alone, so a cookie of an ended
 * session (sign-out, password reset, deactivation) would still name its user there: that endpoint
 * answers "no session" unless the app itself accepts the cookie.
 */
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (request.method === "GET" && nextauth.join("/") === "session") {
    const viewer = await resolveViewer({
      headers: Object.fromEntries(request.headers),
      cookies: Object.fromEntries(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value])),
    });
    if (!viewer) return apiJson({});
  }
  return NextAuth(request, context, authOptionsFor(request.headers));
}

export { handler as GET, handler as POST };
