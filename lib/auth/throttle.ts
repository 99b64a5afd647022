/**
 * Slow-down and lockout after failed sign-ins, per account and per network
 * address. The state lives in the store (SignInThrottle) so that every app
 * instance applies the same limits; the policy itself is pure.
 */

export interface ThrottlePolicy {
  /** Failures counted within this window; older ones are forgotten. */
  windowMs: number;
  /** Failures within the window that lock the key. */
  lockAfter: number;
  lockMs: number;
  /** Extra wait per earlier failure before a sign-in attempt is answered. */
  delayPerFailureMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  lockAfter: 5,
  lockMs: 15 * 60_000,
  delayPerFailureMs: 400,
  maxDelayMs: 3_000,
};

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleDecision {
  locked: boolean;
  /** When a locked key may try again. */
  retryAt: Date | null;
  /** How long to wait before answering this attempt. */
  delayMs: number;
}

function activeFailures(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): number {
  if (!state) return 0;
  return now.getTime() - state.firstFailureAt.getTime() > policy.windowMs ? 0 : state.failures;
}

/** Whether an attempt may go ahead now, and after what delay. */
export function throttleDecision(state: ThrottleState | null, now: Date, policy = DEFAULT_THROTTLE_POLICY): ThrottleDecision {
  if (state?.lockedUntil && state.lockedUntil > now) return { locked: true, retryAt: state.lockedUntil, delayMs: 0 };
  const failures = activeFailures(state, now, policy);
  return { locked: false, retryAt: null, delayMs: Math.min(policy.maxDelayMs, failures * policy.delayPerFailureMs) };
}

/** The state after one more failure: counted in its window, locked once the limit is reached. */
export function stateAfterFailure(state: ThrottleState | null, now: Date, policy = DEFAULT_THROTTLE_POLICY): ThrottleState {
  const previous = activeFailures(state, now, policy);
  const failures = previous + 1;
  const firstFailureAt = previous === 0 || !state ? now : state.firstFailureAt;
  return {
    failures,
    firstFailureAt,
    lockedUntil: failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMs) : null,
  };
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
