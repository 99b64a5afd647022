import { describe, expect, it } from "vitest";
import { judgeEngagementTarget } from "./engagement-target";
import { healthScore } from "./health-score";
import { deriveNextSteps, type NextStepAccount } from "./next-steps";

const account = (over: Partial<NextStepAccount>): NextStepAccount => ({
  id: "a",
  handle: "emb",
  status: "active",
  lastPostAt: new Date("2017-08-01T00:00:00Z"),
  isPrivate: false,
  declaredUseMismatch: false,
  engagementShare: 0.5,
  ...over,
});

describe("deriveNextSteps", () => {
  it("asks to reactivate or close a dormant account, citing its last post", () => {
    const since = new Date("2016-07-13T10:00:00Z");
    expect(
      deriveNextSteps({
        accounts: [account({ status: "dormant", lastPostAt: since })],
        themes: [],
        componentsBelowPeers: [],
      }),
    ).toEqual([{ kind: "reactivate_or_close", accountId: "a", handle: "emb", since }]);
  });

  it("flags a silent account, a mismatch with its broadcast share, a theme gap, a private account and weak components, in that order", () => {
    const steps = deriveNextSteps({
      accounts: [
        account({ id: "p", handle: "priv", isPrivate: true }),
        account({ id: "m", handle: "mis", declaredUseMismatch: true, engagementShare: 0.02 }),
        account({ id: "s", handle: "sil", status: "silent", lastPostAt: null, engagementShare: null }),
      ],
      themes: [
        { id: "t1", name: "Democratization", isGap: true },
        { id: "t2", name: "Climate change", isGap: false },
      ],
      componentsBelowPeers: ["response"],
    });
    expect(steps.map((s) => s.kind)).toEqual([
      "start_or_close",
      "use_mismatch",
      "theme_gap",
      "private_account",
      "below_peers",
    ]);
    const mismatch = steps.find((s) => s.kind === "use_mismatch");
    // 2 % engagement → 98 % broadcast
    expect(mismatch && "broadcastShare" in mismatch ? mismatch.broadcastShare : null).toBeCloseTo(0.98, 12);
    expect(steps.find((s) => s.kind === "theme_gap")).toEqual({
      kind: "theme_gap",
      themes: [{ id: "t1", name: "Democratization" }],
    });
  });

  it("says the uncovered priority themes in one step, not one line each", () => {
    const steps = deriveNextSteps({
      accounts: [],
      themes: ["A", "B", "C", "D", "E"].map((name) => ({ id: name, name, isGap: true })),
      componentsBelowPeers: [],
    });
    expect(steps).toEqual([
      { kind: "theme_gap", themes: ["A", "B", "C", "D", "E"].map((name) => ({ id: name, name })) },
    ]);
  });

  it("names the component losing the most points, with the points won and what it would take (Singapore: engagement 30%, 7.5 of 25)", () => {
    // Weights 25 each; activity 1 (25 points), engagement 0.3 (7.5), coverage 0.8 (20), response 1 (25): score 77.5.
    const health = healthScore(
      { activity: 1, engagement: 0.3, coverage: 0.8, response: 1 },
      { activity: 25, engagement: 25, coverage: 25, response: 25 },
    );
    const steps = deriveNextSteps({ accounts: [account({})], themes: [], componentsBelowPeers: [], health });
    expect(steps).toHaveLength(1);
    const [step] = steps;
    expect(step).toMatchObject({ kind: "win_points", component: "engagement", value: 0.3 });
    if (step?.kind !== "win_points") throw new Error("expected win_points");
    expect(step.points).toBeCloseTo(7.5, 10);
    expect(step.maxPoints).toBeCloseTo(25, 10);
    // Ten percentage points more engagement share: 0.1 × 25 = 2.5 points.
    expect(step.pointsPerTenth).toBeCloseTo(2.5, 10);
  });

  it("does not push for points when every component loses fewer than 5", () => {
    const health = healthScore(
      { activity: 1, engagement: 0.85, coverage: 1, response: 0.9 },
      { activity: 25, engagement: 25, coverage: 25, response: 25 },
    );
    expect(deriveNextSteps({ accounts: [account({})], themes: [], componentsBelowPeers: [], health })).toEqual([]);
  });

  it("has nothing to say about a healthy mission", () => {
    expect(
      deriveNextSteps({
        accounts: [account({})],
        themes: [{ id: "t", name: "x", isGap: false }],
        componentsBelowPeers: [],
      }),
    ).toEqual([]);
  });

  it("asks a mission below its engagement target to engage more, after account problems and before theme gaps", () => {
    const shares = { engage: 0.2, priority_engagement: 0.4 };
    const steps = deriveNextSteps({
      accounts: [account({ id: "s", handle: "sil", status: "silent", lastPostAt: null, engagementShare: null })],
      themes: [{ id: "t", name: "Climate", isGap: true }],
      componentsBelowPeers: [],
      target: judgeEngagementTarget("priority_engagement", 0.25, shares),
    });
    expect(steps.map((s) => s.kind)).toEqual(["start_or_close", "below_target", "theme_gap"]);
    expect(steps[1]).toEqual({ kind: "below_target", target: "priority_engagement", share: 0.25, minimumShare: 0.4 });
    // The same share meets "engage", and a broadcast-only mission is never below target.
    for (const target of ["engage", "broadcast_only"] as const) {
      const kinds = deriveNextSteps({
        accounts: [],
        themes: [],
        componentsBelowPeers: [],
        target: judgeEngagementTarget(target, 0.25, shares),
      }).map((s) => s.kind);
      expect(kinds).toEqual([]);
    }
  });
});
