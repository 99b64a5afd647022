import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "../db";
import { authOptionsFor, sessionLimits } from "./options";
import { ROLES, type Role, type Viewer } from "./permissions";
import { isPastAbsoluteLimit } from "./session-limits";

/** What next-auth reads a session from: the request's headers and cookies, by name. */
export interface SessionRequest {
  headers: Record<string, string>;
  cookies: Record<string, string>;
}

// Pages, route handlers and server actions cannot set cookies while they render, so the
// session is read without renewing it (next-auth's own server-component reading does the same).
const NO_RESPONSE = { getHeader() {}, setCookie() {}, setHeader() {} };

/**
 * The viewer a request's session cookie stands for, read fresh from the store
 * so that a deactivation or role change applies at once; null when signed
 * out, when the session is past its absolute limit, when the user is
 * inactive, or when the user's sessions were ended since this one began
 * (sign-out, password reset, deactivation, role change: User.sessionVersion).
 */
export async function resolveViewer(request: SessionRequest): Promise<Viewer | null> {
  const session = await getServerSession(request as never, NO_RESPONSE as never, authOptionsFor(request.headers));
  if (!session?.userId || isPastAbsoluteLimit(session.signedInAt, Date.now(), sessionLimits)) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, missionId: true, isActive: true, name: true, email: true, sessionVersion: true },
  });
  if (
    !user?.isActive ||
    user.sessionVersion !== session.sessionVersion ||
    !(ROLES as readonly string[]).includes(user.role)
  )
    return null;
  return { userId: user.id, role: user.role as Role, missionId: user.missionId, name: user.name, email: user.email };
}

/**
 * The signed-in viewer of this request (see resolveViewer). Cached per
 * request: the layout and the page both ask, the store is read once.
 */
export const getCurrentViewer = cache(async function getCurrentViewer(): Promise<Viewer | null> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return resolveViewer(sessionRequestFrom(requestHeaders, requestCookies.getAll()));
});

/** A request's headers and cookies in the form resolveViewer reads them. */
export function sessionRequestFrom(
  requestHeaders: Headers,
  requestCookies: { name: string; value: string }[],
): SessionRequest {
  return {
    headers: Object.fromEntries(requestHeaders),
    cookies: Object.fromEntries(requestCookies.map((cookie) => [cookie.name, cookie.value])),
  };
}

/** The viewer, or a redirect to the sign-in page for pages. */
export async function requireViewer(callbackPath = "/"): Promise<Viewer> {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return viewer;
}
