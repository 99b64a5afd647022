import { readEnvVar } from "../env";

export interface SessionLimits {
  /** A session unused for this long expires (the cookie is renewed while in use). */
  idleSeconds: number;
  /** A session expires this long after sign-in, however active. */
  absoluteSeconds: number;
}

/** From AUTH_IDLE_MINUTES (default 480) and AUTH_ABSOLUTE_MINUTES (default 720), validated by lib/env.ts. */
export function sessionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  const idle = readEnvVar("AUTH_IDLE_MINUTES", env);
  const absolute = readEnvVar("AUTH_ABSOLUTE_MINUTES", env);
  return { idleSeconds: idle * 60, absoluteSeconds: Math.max(absolute, idle) * 60 };
}

/** Past the absolute limit counted from sign-in (the idle limit is the cookie's own expiry). */
export function isPastAbsoluteLimit(signedInAtMs: number | undefined, nowMs: number, limits: SessionLimits): boolean {
  return signedInAtMs === undefined || nowMs - signedInAtMs > limits.absoluteSeconds * 1000;
}
