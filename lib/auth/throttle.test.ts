import { describe, expect, it } from "vitest";
import { DEFAULT_THROTTLE_POLICY as policy, stateAfterFailure, throttleDecision, type ThrottleState } from "./throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, start: ThrottleState | null = null, at = t0): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = stateAfterFailure(state, at);
  return state;
}

describe("sign-in throttle", () => {
  it("lets a first attempt through at once", () => {
    expect(throttleDecision(null, t0)).toEqual({ locked: false, retryAt: null, delayMs: 0 });
  });

  it("slows each attempt after failures, up to the cap", () => {
    // 2 failures × 400 ms = 800 ms; 4 × 400 = 1,600 ms
    expect(throttleDecision(fail(2), t0).delayMs).toBe(800);
    expect(throttleDecision(fail(4), t0).delayMs).toBe(1600);
    expect(throttleDecision({ failures: 4, firstFailureAt: t0, lockedUntil: null }, t0, { ...policy, maxDelayMs: 1000 }).delayMs).toBe(1000);
  });

  it("locks on the fifth failure for 15 minutes, then lets the key try again", () => {
    const four = fail(4);
    expect(four?.lockedUntil).toBeNull();
    const five = stateAfterFailure(four, t0);
    expect(five.lockedUntil).toEqual(after(15 * 60_000));
    expect(throttleDecision(five, after(14 * 60_000))).toMatchObject({ locked: true, retryAt: after(15 * 60_000) });
    // Once the lock and the window have passed, the slate is clean.
    expect(throttleDecision(five, after(15 * 60_000 + 1))).toEqual({ locked: false, retryAt: null, delayMs: 0 });
  });

  it("forgets failures older than the window", () => {
    const old = fail(4);
    const later = after(policy.windowMs + 1);
    const next = stateAfterFailure(old, later);
    expect(next).toEqual({ failures: 1, firstFailureAt: later, lockedUntil: null });
  });
});
