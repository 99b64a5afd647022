import { z } from "zod";

export interface SessionLimits {
  /** A session unused for this long expires (the cookie is renewed while in use). */
  idleSeconds: number;
  /** A session expires this long after sign-in, however active. */
  absoluteSeconds: number;
}

const minutes = z.coerce.number().int().min(1).max(60 * 24 * 30);

/** From AUTH_IDLE_MINUTES (default 480) and AUTH_ABSOLUTE_MINUTES (default 720). */
export function sessionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  const idle = minutes.default(480).parse(env.AUTH_IDLE_MINUTES || undefined);
  const absolute = minutes.default(720).parse(env.AUTH_ABSOLUTE_MINUTES || undefined);
  return { idleSeconds: idle * 60, absoluteSeconds: Math.max(absolute, idle) * 60 };
}

/** Past the absolute limit counted from sign-in (the idle limit is the cookie's own expiry). */
export function isPastAbsoluteLimit(signedInAtMs: number | undefined, nowMs: number, limits: SessionLimits): boolean {
  return signedInAtMs === undefined || nowMs - signedInAtMs > limits.absoluteSeconds * 1000;
}
