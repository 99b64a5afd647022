import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/options";

// Options per request: the cookies are Secure when this request came over HTTPS (lib/auth/options.ts).
function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, authOptionsFor(request.headers));
}

export { handler as GET, handler as POST };
