import "server-only";
import { prisma } from "../db";
import { writeAudit } from "./audit";
import type { Permission, Viewer } from "./permissions";

/**
 * Audit entries for requests Chancery refused. Only refusals of a signed-in
 * viewer are written, one entry per refused request: anyone can send
 * unauthenticated junk, and recording it would let them fill the audit log,
 * while a refusal with a session is either a person probing past their role
 * or a forged request riding on their cookie — both worth a line.
 */

const MAX_FIELD = 200;
const clip = (value: string) => value.slice(0, MAX_FIELD);

/** A signed-in viewer asked for something their role does not allow. */
export async function recordAccessRefused(
  viewer: Viewer,
  details: { permission: Permission; path?: string },
): Promise<void> {
  await writeAudit(prisma, {
    actorId: viewer.userId,
    action: "access_refused",
    details: {
      permission: details.permission,
      ...(details.path ? { path: clip(details.path) } : {}),
    },
  });
}

/** A request that changes state came from another site while the viewer was signed in; its body is never read. */
export async function recordCrossOriginRefused(
  viewer: Viewer,
  details: { path: string; origin: string | null; method: string },
): Promise<void> {
  await writeAudit(prisma, {
    actorId: viewer.userId,
    action: "cross_origin_refused",
    details: {
      method: clip(details.method),
      path: clip(details.path),
      origin: details.origin === null ? null : clip(details.origin),
    },
  });
}
