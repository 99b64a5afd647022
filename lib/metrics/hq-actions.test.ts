import { describe, expect, it } from "vitest";
import { activityStatus } from "./activity-status";
import { dormancyWarningDays, hqActions, type HqActionAccount } from "./hq-actions";

const asOf = new Date("2017-08-15T00:00:00Z");
const T = 90;

/** An account whose status follows from its last post exactly as the screens compute it. */
function account(over: Partial<HqActionAccount> & { handle: string; lastPostAt: Date | null }): HqActionAccount {
  const activity = activityStatus({ lastPostAt: over.lastPostAt, isPrivate: over.isPrivate ?? false }, asOf, T);
  return {
    accountId: over.handle,
    platform: "twitter",
    missionId: `m-${over.missionName ?? "Embassy"}`,
    missionName: "Embassy",
    status: activity.status,
    daysSinceLastPost: activity.daysSinceLastPost,
    isPrivate: false,
    declaredUseMismatch: false,
    engagementShare: 0.5,
    ...over,
  };
}

describe("dormancyWarningDays", () => {
  it("gives a month's notice, a third of a short threshold", () => {
    expect(dormancyWarningDays(90)).toBe(30);
    expect(dormancyWarningDays(365)).toBe(30);
    expect(dormancyWarningDays(30)).toBe(10);
    expect(dormancyWarningDays(0)).toBe(0);
  });
});

describe("hqActions", () => {
  it("lists a dormant account with its own last post and the days since", () => {
    const last = new Date("2015-07-09T12:00:00Z");
    const [action] = hqActions([account({ handle: "old", lastPostAt: last })], asOf, T);
    // 2015-07-09 → 2016-01-01: 176 days; 2016: 366; 2017-01-01 → 2017-08-15: 226. Together 768.
    expect(action).toMatchObject({ kind: "dormant", handle: "old", lastPostAt: last, daysSinceLastPost: 768 });
  });

  it("warns of an active account within a month of the threshold, with the day it goes dormant", () => {
    // Last post 2017-06-01: 75 days before D. Dormant once 91 days old: on 2017-08-31, 16 days from D.
    const actions = hqActions([account({ handle: "late", lastPostAt: new Date("2017-06-01T08:00:00Z") })], asOf, T);
    expect(actions).toEqual([
      expect.objectContaining({ kind: "goingDormant", daysLeft: 16, dormantOn: new Date("2017-08-31T00:00:00Z") }),
    ]);
  });

  it("does not warn of an account 60 days quiet (31 days of margin) and warns at 61", () => {
    const at60 = hqActions([account({ handle: "a", lastPostAt: new Date("2017-06-16T00:00:00Z") })], asOf, T);
    const at61 = hqActions([account({ handle: "b", lastPostAt: new Date("2017-06-15T00:00:00Z") })], asOf, T);
    expect(at60).toEqual([]);
    expect(at61).toEqual([expect.objectContaining({ kind: "goingDormant", daysLeft: 30 })]);
  });

  it("warns of an account exactly T days quiet that it goes dormant tomorrow", () => {
    const actions = hqActions([account({ handle: "edge", lastPostAt: new Date("2017-05-17T00:00:00Z") })], asOf, T);
    expect(actions).toEqual([
      expect.objectContaining({ kind: "goingDormant", daysLeft: 1, dormantOn: new Date("2017-08-16T00:00:00Z") }),
    ]);
  });

  it("names a private account (besides its status) and a declared-engagement account that broadcasts, with its broadcast share", () => {
    const actions = hqActions(
      [
        account({ handle: "locked", lastPostAt: new Date("2017-08-10T00:00:00Z"), isPrivate: true }),
        account({
          handle: "loud",
          lastPostAt: new Date("2017-08-14T00:00:00Z"),
          declaredUseMismatch: true,
          engagementShare: 0.2,
        }),
      ],
      asOf,
      T,
    );
    expect(actions).toEqual([
      expect.objectContaining({ kind: "private", handle: "locked" }),
      expect.objectContaining({ kind: "broadcasting", handle: "loud", broadcastShare: 0.8 }),
    ]);
  });

  it("orders dormant (longest first), never posted, about to go dormant (soonest first), private, broadcasting", () => {
    const actions = hqActions(
      [
        account({ handle: "soon", lastPostAt: new Date("2017-05-20T00:00:00Z") }),
        account({ handle: "later", lastPostAt: new Date("2017-06-10T00:00:00Z") }),
        account({ handle: "dormant-2016", lastPostAt: new Date("2016-11-01T00:00:00Z") }),
        account({ handle: "never", lastPostAt: null }),
        account({ handle: "dormant-2014", lastPostAt: new Date("2014-03-01T00:00:00Z"), isPrivate: true }),
        account({ handle: "fine", lastPostAt: new Date("2017-08-15T00:00:00Z") }),
      ],
      asOf,
      T,
    );
    expect(actions.map((a) => `${a.kind}:${a.handle}`)).toEqual([
      "dormant:dormant-2014",
      "dormant:dormant-2016",
      "silent:never",
      "goingDormant:soon",
      "goingDormant:later",
      "private:dormant-2014",
    ]);
  });

  it("is empty when every account posted recently", () => {
    expect(hqActions([account({ handle: "ok", lastPostAt: new Date("2017-08-01T00:00:00Z") })], asOf, T)).toEqual([]);
  });
});
