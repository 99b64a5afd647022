import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "../db";
import { authOptions, sessionLimits } from "./options";
import { ROLES, type Role, type Viewer } from "./permissions";
import { isPastAbsoluteLimit } from "./session-limits";

/**
 * The signed-in viewer of this request, read fresh from the store so that a
 * deactivation or role change applies at once; null when signed out, when
 * the session is past its absolute limit or the user is inactive. Cached per
 * request: the layout and the page both ask, the store is read once.
 */
export const getCurrentViewer = cache(async function getCurrentViewer(): Promise<Viewer | null> {
  const session = await getServerSession(authOptions);
  if (!session?.userId || isPastAbsoluteLimit(session.signedInAt, Date.now(), sessionLimits)) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, missionId: true, isActive: true, name: true, email: true },
  });
  if (!user?.isActive || !(ROLES as readonly string[]).includes(user.role)) return null;
  return { userId: user.id, role: user.role as Role, missionId: user.missionId, name: user.name, email: user.email };
});

/** The viewer, or a redirect to the sign-in page for pages. */
export async function requireViewer(callbackPath = "/"): Promise<Viewer> {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return viewer;
}
