import { describe, expect, it } from "vitest";
import { isPastAbsoluteLimit, sessionLimitsFromEnv } from "./session-limits";

describe("session limits", () => {
  it("default to 8 hours idle and 12 hours absolute", () => {
    expect(sessionLimitsFromEnv({} as NodeJS.ProcessEnv)).toEqual({
      idleSeconds: 8 * 3600,
      absoluteSeconds: 12 * 3600,
    });
  });

  it("read minutes from the environment and never make the absolute limit shorter than the idle one", () => {
    expect(
      sessionLimitsFromEnv({ AUTH_IDLE_MINUTES: "30", AUTH_ABSOLUTE_MINUTES: "60" } as unknown as NodeJS.ProcessEnv),
    ).toEqual({
      idleSeconds: 1800,
      absoluteSeconds: 3600,
    });
    expect(
      sessionLimitsFromEnv({ AUTH_IDLE_MINUTES: "90", AUTH_ABSOLUTE_MINUTES: "60" } as unknown as NodeJS.ProcessEnv)
        .absoluteSeconds,
    ).toBe(5400);
    expect(() => sessionLimitsFromEnv({ AUTH_IDLE_MINUTES: "-5" } as unknown as NodeJS.ProcessEnv)).toThrow();
  });

  it("ends a session past the absolute limit however active it was", () => {
    const limits = { idleSeconds: 1800, absoluteSeconds: 3600 };
    const signedIn = Date.UTC(2026, 0, 1, 9, 0);
    expect(isPastAbsoluteLimit(signedIn, signedIn + 3600 * 1000, limits)).toBe(false);
    expect(isPastAbsoluteLimit(signedIn, signedIn + 3600 * 1000 + 1, limits)).toBe(true);
    // A token without a sign-in time (older format, forged) is never trusted.
    expect(isPastAbsoluteLimit(undefined, signedIn, limits)).toBe(true);
  });
});
