import { describe, expect, it } from "vitest";
import { filterMissions, filterOptions, sortMissions, type MissionRow } from "./mission-sort";
import type { AccountFigures } from "./account-figures";

const account = (status: "active" | "dormant" | "silent", platform = "x") =>
  ({ activity: { status, isPrivate: false, daysSinceLastPost: null }, platform }) as unknown as AccountFigures;

const mission = (over: Partial<MissionRow> & { name: string }): MissionRow =>
  ({
    id: over.name,
    slug: over.name.toLowerCase(),
    kind: "embassy",
    country: "",
    city: null,
    region: "Europe",
    isDemo: false,
    accounts: [account("active")],
    statusCounts: { active: 1, dormant: 0, silent: 0, total: 1, private: 0 },
    lastPostAt: null,
    counts: { broadcast: 0, engagement: 0, amplification: 0 },
    postsInPeriod: 0,
    engagementShare: null,
    ...over,
  }) as MissionRow;

const rows = [
  mission({ name: "Brazil", engagementShare: 0.2, postsInPeriod: 5, health: { score: 40 }, region: "Americas" }),
  mission({ name: "austria", engagementShare: null, postsInPeriod: 0, accounts: [account("dormant")], health: { score: 0 } }),
  mission({ name: "Canada", engagementShare: 0.5, postsInPeriod: 9, kind: "consulate", accounts: [account("active", "mastodon")], health: { score: 70 } }),
];

describe("sortMissions", () => {
  it("sorts names case-insensitively", () => {
    expect(sortMissions(rows, "name", "asc").map((m) => m.name)).toEqual(["austria", "Brazil", "Canada"]);
  });

  it("puts missing values last in both directions", () => {
    expect(sortMissions(rows, "engagement", "desc").map((m) => m.name)).toEqual(["Canada", "Brazil", "austria"]);
    expect(sortMissions(rows, "engagement", "asc").map((m) => m.name)).toEqual(["Brazil", "Canada", "austria"]);
  });

  it("sorts by health score and by worst account status", () => {
    expect(sortMissions(rows, "health", "asc").map((m) => m.name)).toEqual(["austria", "Brazil", "Canada"]);
    expect(sortMissions(rows, "status", "asc")[0]?.name).toBe("austria");
  });
});

describe("filterMissions", () => {
  it("combines status, region, kind and platform", () => {
    const none = { status: null, region: null, kind: null, platform: null };
    expect(filterMissions(rows, { ...none, status: "dormant" }).map((m) => m.name)).toEqual(["austria"]);
    expect(filterMissions(rows, { ...none, region: "Americas" }).map((m) => m.name)).toEqual(["Brazil"]);
    expect(filterMissions(rows, { ...none, kind: "consulate", platform: "mastodon" }).map((m) => m.name)).toEqual(["Canada"]);
    expect(filterMissions(rows, { ...none, kind: "consulate", platform: "x" })).toEqual([]);
  });

  it("offers the values present", () => {
    expect(filterOptions(rows)).toEqual({ regions: ["Americas", "Europe"], kinds: ["consulate", "embassy"], platforms: ["mastodon", "x"] });
  });
});
