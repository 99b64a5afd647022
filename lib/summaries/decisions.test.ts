import { describe, expect, it } from "vitest";
import { periodEndingAt } from "../metrics/dates";
import { decisionsAsked, type DecisionInput } from "./decisions";
import type { DormantAccount, ThemeCoverageRow } from "./types";

const asOf = new Date(Date.UTC(2017, 8, 30));

const dormant = (handle: string, lastPostAt: Date | null, missionName = "Germany"): DormantAccount => ({
  accountId: `a-${handle}`,
  handle,
  platform: "x",
  missionId: `m-${missionName}`,
  missionName,
  lastPostAt,
  newlyDormant: false,
});

const theme = (name: string, figures: Partial<ThemeCoverageRow> = {}): ThemeCoverageRow => ({
  themeId: `t-${name}`,
  name,
  isPriority: true,
  inWindow: true,
  taggedPosts: 0,
  missionsCovering: 0,
  missionsInScope: 29,
  ...figures,
});

function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    scope: { kind: "ministry" },
    current: { period: periodEndingAt(asOf, 92) },
    dormantAccounts: [],
    engagementShortfalls: [],
    themes: [],
    ...overrides,
  };
}

describe("decisionsAsked", () => {
  it("asks nothing when no figure calls for a decision", () => {
    expect(decisionsAsked(input())).toEqual([]);
  });

  it("asks to close or reactivate the accounts dormant for more than a year, never-posted ones included", () => {
    const accounts = [
      // 2016-09-29 → 2017-09-30 is 366 days: more than a year.
      dormant("berlin", new Date(Date.UTC(2016, 8, 29))),
      // 2016-09-30 → 2017-09-30 is 365 days: a year, not more.
      dormant("paris", new Date(Date.UTC(2016, 8, 30)), "France"),
      dormant("never", null, "Erenhot"),
      // Dormant since June only.
      dormant("tokyo", new Date(Date.UTC(2017, 5, 2)), "Japan"),
    ];
    const decisions = decisionsAsked(input({ dormantAccounts: accounts }));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.key).toBe("closeOrReactivate");
    expect(decisions[0]!.key === "closeOrReactivate" && decisions[0]!.accounts.map((a) => a.handle)).toEqual([
      "berlin",
      "never",
    ]);
  });

  it("asks for an engagement plan with the missions below target, the furthest below first", () => {
    const decisions = decisionsAsked(
      input({
        engagementShortfalls: [
          { missionId: "m1", missionName: "Austria", share: 0.15, minimumShare: 0.2 },
          { missionId: "m2", missionName: "Belgium", share: 0.1, minimumShare: 0.4 },
        ],
      }),
    );
    expect(decisions).toEqual([
      {
        key: "engagementPlan",
        missions: [
          // 0.4 - 0.1 = 0.3 below, before 0.2 - 0.15 = 0.05 below.
          { missionId: "m2", missionName: "Belgium", share: 0.1, minimumShare: 0.4 },
          { missionId: "m1", missionName: "Austria", share: 0.15, minimumShare: 0.2 },
        ],
      },
    ]);
  });

  it("asks to assign a mission to each priority theme in its window that no mission covered", () => {
    const themes = [
      theme("Climate"),
      theme("Trade", { taggedPosts: 4, missionsCovering: 2 }),
      theme("ASEM 2016", { inWindow: false }),
      theme("Naadam", { isPriority: false }),
      theme("Investment"),
    ];
    const decisions = decisionsAsked(input({ themes }));
    expect(decisions.map((d) => (d.key === "assignTheme" ? d.theme.name : d.key))).toEqual(["Climate", "Investment"]);
  });

  it("asks a mission to cover its uncovered priority theme rather than to assign a mission", () => {
    const decisions = decisionsAsked(
      input({ scope: { kind: "mission", missionId: "m1", missionName: "Germany" }, themes: [theme("Climate")] }),
    );
    expect(decisions).toEqual([{ key: "coverTheme", theme: theme("Climate"), missionName: "Germany" }]);
  });

  it("orders the decisions: accounts, engagement, themes", () => {
    const decisions = decisionsAsked(
      input({
        themes: [theme("Climate")],
        engagementShortfalls: [{ missionId: "m1", missionName: "Austria", share: 0.15, minimumShare: 0.2 }],
        dormantAccounts: [dormant("never", null)],
      }),
    );
    expect(decisions.map((d) => d.key)).toEqual(["closeOrReactivate", "engagementPlan", "assignTheme"]);
  });
});
