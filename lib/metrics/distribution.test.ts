import { describe, expect, it } from "vitest";
import {
  isActivePeer,
  MIN_PEER_GROUP,
  peerBand,
  peerFigures,
  peerPosition,
  quantile,
  quartileBand,
  quartiles,
  summaryHealthScore,
} from "./distribution";

describe("quantile", () => {
  it("interpolates between neighbours", () => {
    // [1, 2, 3, 4]: position of p=0.25 is 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    // median position 1.5 → 2.5
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });

  it("returns the single value for one element", () => {
    expect(quantile([7], 0.75)).toBe(7);
  });

  it("rejects an empty list and p outside 0–1", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe("quartiles", () => {
  it("sorts, leaves out nulls and gives min, quartiles, median, max", () => {
    // known values sorted: [0.1, 0.2, 0.4, 0.8, 1.0]; q1 position 1 → 0.2, median position 2 → 0.4, q3 position 3 → 0.8
    expect(quartiles([0.8, null, 0.1, 1.0, 0.4, null, 0.2])).toEqual({
      min: 0.1,
      q1: 0.2,
      median: 0.4,
      q3: 0.8,
      max: 1.0,
      count: 5,
    });
  });

  it("is null when nothing is known", () => {
    expect(quartiles([null, null])).toBeNull();
    expect(quartiles([])).toBeNull();
  });
});

describe("quartileBand", () => {
  const peers = { min: 0, q1: 0.2, median: 0.4, q3: 0.6, max: 1, count: 9 };
  it("places a value below, within or above the middle half", () => {
    expect(quartileBand(0.1, peers)).toBe("low");
    expect(quartileBand(0.2, peers)).toBe("middle");
    expect(quartileBand(0.6, peers)).toBe("middle");
    expect(quartileBand(0.61, peers)).toBe("high");
    expect(quartileBand(null, peers)).toBeNull();
    expect(quartileBand(0.5, null)).toBeNull();
  });
});

describe("peerFigures", () => {
  it("shows nothing for four peers: with so few, one could work out another's value", () => {
    expect(MIN_PEER_GROUP).toBe(5);
    expect(peerFigures([0.1, 0.2, 0.3, 0.4])).toEqual({ kind: "too_few" });
    // Four known values and any number of peers without one are still four.
    expect(peerFigures([0.1, null, 0.2, null, 0.3, 0.4, null])).toEqual({ kind: "too_few" });
    expect(peerFigures([0.5, 0.7])).toEqual({ kind: "too_few" });
  });

  it("shows the quartiles from five peers on, worked out by hand", () => {
    // [10, 20, 30, 40, 50]: positions 4 × 0.25 = 1, 2, 3 → 20, 30, 40.
    expect(peerFigures([50, 10, null, 40, 20, 30])).toEqual({
      kind: "figures",
      figures: { min: 10, q1: 20, median: 30, q3: 40, max: 50, count: 5 },
    });
    // [1, 2, 3, 4, 5, 6]: positions 1.25, 2.5, 3.75 → 2.25, 3.5, 4.75.
    expect(peerFigures([6, 5, 4, 3, 2, 1])).toEqual({
      kind: "figures",
      figures: { min: 1, q1: 2.25, median: 3.5, q3: 4.75, max: 6, count: 6 },
    });
  });

  it("says none when no peer has a value", () => {
    expect(peerFigures([])).toEqual({ kind: "none" });
    expect(peerFigures([null, null])).toEqual({ kind: "none" });
  });

  it("places a value only against figures that are shown", () => {
    expect(peerBand(5, peerFigures([10, 20, 30, 40, 50]))).toBe("low");
    expect(peerBand(45, peerFigures([10, 20, 30, 40, 50]))).toBe("high");
    expect(peerBand(5, peerFigures([10, 20, 30, 40]))).toBeNull();
  });
});

describe("peers that mean something", () => {
  // Five active missions scoring 20–100 and three dormant ones scoring 0.
  const active = [20, 40, 60, 80, 100].map((score) => ({ score, statusCounts: { active: 1 } }));
  const dormant = [0, 0, 0].map((score) => ({ score, statusCounts: { active: 0 } }));
  const missions = [...active, ...dormant];
  const peersOf = (group: typeof missions) => peerFigures(group.filter(isActivePeer).map((m) => m.score));

  it("are the missions with at least one active account", () => {
    expect(isActivePeer({ statusCounts: { active: 0 } })).toBe(false);
    expect(isActivePeer({ statusCounts: { active: 2 } })).toBe(true);
    expect(missions.filter(isActivePeer)).toHaveLength(5);
  });

  it("leave the dormant zeros out of the band", () => {
    // With the zeros, [0, 0, 0, 20, 40, 60, 80, 100]: Q1 at position 7 × 0.25 = 1.75 → 0, Q3 at 5.25 → 60 + 0.25 × 20 = 65,
    // so a zero was "within the middle half".
    const everyone = peerFigures(missions.map((m) => m.score));
    expect(everyone).toMatchObject({ figures: { q1: 0, q3: 65 } });
    expect(peerBand(0, everyone)).toBe("middle");
    // Without them, [20, 40, 60, 80, 100]: Q1 at position 1 → 40, median 60, Q3 at 3 → 80.
    expect(peersOf(missions)).toEqual({
      kind: "figures",
      figures: { min: 20, q1: 40, median: 60, q3: 80, max: 100, count: 5 },
    });
  });

  it("never place a dormant mission within the middle half, whatever its value", () => {
    const peers = peersOf(missions);
    expect(peerPosition(0, peers, { statusCounts: { active: 0 } })).toBe("dormant");
    // Even a value inside the band: the mission is not one of the peers.
    expect(peerPosition(60, peers, { statusCounts: { active: 0 } })).toBe("dormant");
    expect(peerPosition(null, peers, { statusCounts: { active: 0 } })).toBe("dormant");
  });

  it("say bottom quarter, middle half or top quarter for an active mission, with the quartiles included in the middle", () => {
    const peers = peersOf(missions);
    const own = { statusCounts: { active: 1 } };
    expect(peerPosition(39.9, peers, own)).toBe("low");
    expect(peerPosition(40, peers, own)).toBe("middle");
    expect(peerPosition(80, peers, own)).toBe("middle");
    expect(peerPosition(80.1, peers, own)).toBe("high");
    expect(peerPosition(null, peers, own)).toBeNull();
  });

  it("show no band with fewer than five active peers, however many dormant ones there are", () => {
    const four = [...active.slice(0, 4), ...dormant, ...dormant];
    expect(peersOf(four)).toEqual({ kind: "too_few" });
    expect(peerPosition(10, peersOf(four), { statusCounts: { active: 1 } })).toBeNull();
    // A dormant mission is still said to be dormant: that tells nothing about the four.
    expect(peerPosition(0, peersOf(four), { statusCounts: { active: 0 } })).toBe("dormant");
    expect(peersOf(dormant)).toEqual({ kind: "none" });
  });
});

describe("summaryHealthScore", () => {
  const mission = (active: number, score: number | null) => ({ statusCounts: { active }, health: { score } });

  it("takes the ministry's median over the missions with an active account only", () => {
    // Active 40, 60, 70 → median 60; the two dormant missions' 0 and 5 would make it 40 (0, 5, 40, 60, 70).
    const missions = [mission(1, 40), mission(0, 0), mission(2, 60), mission(0, 5), mission(1, 70)];
    expect(summaryHealthScore(missions, "ministry")).toBe(60);
  });

  it("averages the middle two of an even count", () => {
    expect(
      summaryHealthScore([mission(1, 40), mission(1, 51), mission(0, 0), mission(1, 60), mission(1, 90)], "ministry"),
    ).toBe(55.5);
  });

  it("is a single mission's own score, even a dormant one's", () => {
    expect(summaryHealthScore([mission(0, 3.5)], "mission")).toBe(3.5);
  });

  it("is null when no active mission has a score", () => {
    expect(summaryHealthScore([mission(0, 10), mission(1, null)], "ministry")).toBeNull();
  });
});
