import { describe, expect, it } from "vitest";
import {
  countedAttemptDecision,
  DEFAULT_THROTTLE_POLICY as policy,
  lockAfterFailure,
  throttleDecision,
} from "./throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);
const counted = (failures: number, lockedUntil: Date | null = null) => ({
  key: "account:a@mfa.test",
  failures,
  lockedUntil,
});

describe("sign-in throttle", () => {
  it("lets a first attempt through at once", () => {
    expect(throttleDecision(null, t0)).toEqual({ locked: false, retryAt: null, delayMs: 0 });
    expect(countedAttemptDecision([counted(1)], t0)).toEqual({ locked: false, retryAt: null, delayMs: 0 });
  });

  it("slows each attempt for the failures before it, up to the cap", () => {
    // Counted as the 3rd: 2 earlier failures × 400 ms; as the 5th: 4 × 400 ms.
    expect(countedAttemptDecision([counted(3)], t0).delayMs).toBe(800);
    expect(countedAttemptDecision([counted(5, after(policy.lockMs))], t0).delayMs).toBe(1600);
    expect(countedAttemptDecision([counted(5)], t0, { ...policy, maxDelayMs: 1000 }).delayMs).toBe(1000);
    // The slowest key decides.
    expect(
      countedAttemptDecision([counted(2), { key: "address:192.0.2.1", failures: 4, lockedUntil: null }], t0).delayMs,
    ).toBe(1200);
  });

  it("checks the first five attempts of a window and refuses any beyond unchecked, until the lock ends", () => {
    expect(countedAttemptDecision([counted(5, after(policy.lockMs))], t0).locked).toBe(false);
    expect(countedAttemptDecision([counted(6, after(policy.lockMs))], t0)).toEqual({
      locked: true,
      retryAt: after(policy.lockMs),
      delayMs: 0,
    });
    expect(lockAfterFailure([counted(4)], t0)).toBeNull();
    expect(lockAfterFailure([counted(5, after(policy.lockMs))], t0)).toEqual(after(policy.lockMs));
  });

  it("refuses a stored lock until it ends, then lets the key try again", () => {
    const locked = { failures: 5, firstFailureAt: t0, lockedUntil: after(15 * 60_000) };
    expect(throttleDecision(locked, after(14 * 60_000))).toMatchObject({ locked: true, retryAt: after(15 * 60_000) });
    expect(throttleDecision(locked, after(15 * 60_000 + 1))).toEqual({ locked: false, retryAt: null, delayMs: 0 });
  });
});
