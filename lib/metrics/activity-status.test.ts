import { describe, it, expect } from "vitest";
import { activityStatus, countByStatus, type AccountActivity } from "./activity-status";

const utc = (iso: string) => new Date(iso);
const D = utc("2017-08-15T00:00:00.000Z");
const T = 90;

describe("activityStatus", () => {
  it("is active when the last post is exactly T days before D", () => {
    // 2017-08-15 minus 90 days = 2017-05-17 (Aug 15 → Aug 1 is 14, → Jul 1 is 45, → Jun 1 is 75, → May 17 is 90).
    expect(activityStatus({ lastPostAt: utc("2017-05-17T00:00:00Z"), isPrivate: false }, D, T)).toEqual({
      status: "active",
      isPrivate: false,
      daysSinceLastPost: 90,
    });
  });

  it("is active for any time of day on the day exactly T days before D", () => {
    const r = activityStatus({ lastPostAt: utc("2017-05-17T23:59:59Z"), isPrivate: false }, D, T);
    expect(r.status).toBe("active");
    expect(r.daysSinceLastPost).toBe(90);
  });

  it("is dormant when the last post is T + 1 days before D", () => {
    // 2017-05-16 is 91 days before 2017-08-15; even its last minute is too old.
    expect(activityStatus({ lastPostAt: utc("2017-05-16T23:59:00Z"), isPrivate: false }, D, T)).toEqual({
      status: "dormant",
      isPrivate: false,
      daysSinceLastPost: 91,
    });
  });

  it("is dormant for a post years before D", () => {
    // 2015-08-15 → 2017-08-15 = 365 + 366 (2016 is a leap year) = 731 days.
    const r = activityStatus({ lastPostAt: utc("2015-08-15T10:00:00Z"), isPrivate: false }, D, T);
    expect(r.status).toBe("dormant");
    expect(r.daysSinceLastPost).toBe(731);
  });

  it("is active with 0 days for a post late on D itself", () => {
    expect(activityStatus({ lastPostAt: utc("2017-08-15T23:59:00Z"), isPrivate: false }, D, T)).toEqual({
      status: "active",
      isPrivate: false,
      daysSinceLastPost: 0,
    });
  });

  it("treats D as a whole day even when asOf carries a time of day", () => {
    // asOf at noon, post at 23:59 the same day: still at or before the end of D.
    const r = activityStatus(
      { lastPostAt: utc("2017-08-15T23:59:00Z"), isPrivate: false },
      utc("2017-08-15T12:00:00Z"),
      T,
    );
    expect(r).toEqual({ status: "active", isPrivate: false, daysSinceLastPost: 0 });
  });

  it("is silent when the account never posted", () => {
    expect(activityStatus({ lastPostAt: null, isPrivate: false }, D, T)).toEqual({
      status: "silent",
      isPrivate: false,
      daysSinceLastPost: null,
    });
  });

  it("keeps the private flag with an active status", () => {
    expect(activityStatus({ lastPostAt: utc("2017-08-01T09:00:00Z"), isPrivate: true }, D, T)).toEqual({
      status: "active",
      isPrivate: true,
      daysSinceLastPost: 14,
    });
  });

  it("keeps the private flag with a dormant status", () => {
    // 2017-01-01 → 2017-08-15: 31+28+31+30+31+30+31+14 = 226 days.
    expect(activityStatus({ lastPostAt: utc("2017-01-01T09:00:00Z"), isPrivate: true }, D, T)).toEqual({
      status: "dormant",
      isPrivate: true,
      daysSinceLastPost: 226,
    });
  });

  it("keeps the private flag with a silent status", () => {
    expect(activityStatus({ lastPostAt: null, isPrivate: true }, D, T)).toEqual({
      status: "silent",
      isPrivate: true,
      daysSinceLastPost: null,
    });
  });

  it("with T = 0, only a post on D itself is active", () => {
    expect(activityStatus({ lastPostAt: utc("2017-08-15T00:00:00Z"), isPrivate: false }, D, 0).status).toBe("active");
    expect(activityStatus({ lastPostAt: utc("2017-08-14T23:59:59Z"), isPrivate: false }, D, 0)).toEqual({
      status: "dormant",
      isPrivate: false,
      daysSinceLastPost: 1,
    });
  });

  it("honours a configured threshold other than the default", () => {
    // 2017-08-01 is 14 days before D: active with T = 14, dormant with T = 13.
    const input = { lastPostAt: utc("2017-08-01T12:00:00Z"), isPrivate: false };
    expect(activityStatus(input, D, 14).status).toBe("active");
    expect(activityStatus(input, D, 13).status).toBe("dormant");
  });

  it("throws on a negative threshold", () => {
    expect(() => activityStatus({ lastPostAt: utc("2017-08-01T00:00:00Z"), isPrivate: false }, D, -1)).toThrow(
      RangeError,
    );
  });

  it("throws on a negative threshold even for a silent account", () => {
    expect(() => activityStatus({ lastPostAt: null, isPrivate: false }, D, -1)).toThrow(RangeError);
  });

  it("throws on a fractional threshold", () => {
    expect(() => activityStatus({ lastPostAt: utc("2017-08-01T00:00:00Z"), isPrivate: false }, D, 1.5)).toThrow(
      RangeError,
    );
  });

  it("throws when lastPostAt lies after D", () => {
    expect(() => activityStatus({ lastPostAt: utc("2017-08-16T00:00:00Z"), isPrivate: false }, D, T)).toThrow(
      RangeError,
    );
  });
});

describe("countByStatus", () => {
  const repeat = (n: number, a: AccountActivity): AccountActivity[] => Array.from({ length: n }, () => ({ ...a }));

  it('reproduces "11 of 29 accounts dormant" and counts private accounts', () => {
    const accounts = [
      ...repeat(17, { status: "active", isPrivate: false, daysSinceLastPost: 3 }),
      { status: "active", isPrivate: true, daysSinceLastPost: 10 } satisfies AccountActivity,
      ...repeat(11, { status: "dormant", isPrivate: false, daysSinceLastPost: 400 }),
    ];
    expect(countByStatus(accounts)).toEqual({ active: 18, dormant: 11, silent: 0, total: 29, private: 1 });
  });

  it("counts the same figure built from activityStatus", () => {
    const D = utc("2017-08-15T00:00:00Z");
    const accounts = [
      ...Array.from({ length: 18 }, (_, i) =>
        activityStatus({ lastPostAt: utc("2017-07-01T00:00:00Z"), isPrivate: i === 0 }, D, 90),
      ),
      ...Array.from({ length: 11 }, () =>
        activityStatus({ lastPostAt: utc("2016-03-01T00:00:00Z"), isPrivate: false }, D, 90),
      ),
    ];
    const counts = countByStatus(accounts);
    expect(counts.dormant).toBe(11);
    expect(counts.total).toBe(29);
    expect(counts.active).toBe(18);
    expect(counts.private).toBe(1);
  });

  it("counts silent accounts and private accounts of every status", () => {
    const accounts: AccountActivity[] = [
      { status: "active", isPrivate: true, daysSinceLastPost: 0 },
      { status: "dormant", isPrivate: true, daysSinceLastPost: 200 },
      { status: "silent", isPrivate: true, daysSinceLastPost: null },
      { status: "silent", isPrivate: false, daysSinceLastPost: null },
    ];
    expect(countByStatus(accounts)).toEqual({ active: 1, dormant: 1, silent: 2, total: 4, private: 3 });
  });

  it("counts an empty list as zeros", () => {
    expect(countByStatus([])).toEqual({ active: 0, dormant: 0, silent: 0, total: 0, private: 0 });
  });
});
