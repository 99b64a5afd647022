import { describe, expect, it } from "vitest";
import { activityStatus } from "./activity-status";
import { addDays, calendarDaysBetween } from "./dates";
import { isDormancyGap, statusHistory, type PostingGap, type StatusInterval } from "./status-history";

const utc = (iso: string) => new Date(`${iso.length === 10 ? `${iso}T00:00:00Z` : iso}`);
const D = utc("2017-08-15");
const T = 90;
const interval = (status: StatusInterval["status"], from: string, to: string | null): StatusInterval => ({
  status,
  from: utc(from),
  to: to === null ? null : utc(to),
});
const gap = (previous: string, next: string): PostingGap => ({ previousPostAt: utc(previous), nextPostAt: utc(next) });

describe("isDormancyGap", () => {
  it("is not a gap with exactly T days without a post", () => {
    // 2016-01-01 → 2016-04-01 = 31 + 29 (leap year) + 31 = 91 days apart: 90 empty days between.
    expect(calendarDaysBetween(utc("2016-01-01"), utc("2016-04-01"))).toBe(91);
    expect(isDormancyGap(utc("2016-01-01T23:00:00Z"), utc("2016-04-01T01:00:00Z"), T)).toBe(false);
  });

  it("is a gap with T + 1 days without a post", () => {
    expect(isDormancyGap(utc("2016-01-01"), utc("2016-04-02T08:00:00Z"), T)).toBe(true);
  });
});

describe("statusHistory", () => {
  it("is silent throughout for an account that never posted", () => {
    expect(statusHistory({ firstPostAt: null, lastPostAt: null, gaps: [] }, D, T, utc("2014-06-01"))).toEqual([
      interval("silent", "2014-06-01", null),
    ]);
  });

  it("is silent throughout when the only posts come after D", () => {
    const record = { firstPostAt: utc("2017-09-01T10:00:00Z"), lastPostAt: utc("2017-10-01T10:00:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([interval("silent", "2017-01-01", null)]);
  });

  it("is silent until the first posting day, then active up to D", () => {
    const record = { firstPostAt: utc("2017-01-10T15:30:00Z"), lastPostAt: utc("2017-08-01T09:00:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([
      interval("silent", "2017-01-01", "2017-01-10"),
      interval("active", "2017-01-10", null),
    ]);
  });

  it("has no silent interval when the history starts with the first post", () => {
    const record = { firstPostAt: utc("2017-01-10T15:30:00Z"), lastPostAt: utc("2017-08-01T09:00:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2017-01-10T15:30:00Z"))).toEqual([interval("active", "2017-01-10", null)]);
  });

  it("finds no dormancy in a gap of exactly T days without a post", () => {
    // Posts on 2016-01-01 and 2016-04-01: on 2016-03-31 the last post is 90 days old (active),
    // on 2016-04-01 there is a new post. Even if such a gap were passed in, no day is dormant.
    const record = {
      firstPostAt: utc("2016-01-01"),
      lastPostAt: utc("2017-08-10"),
      gaps: [gap("2016-01-01", "2016-04-01")],
    };
    expect(statusHistory(record, D, T, utc("2016-01-01"))).toEqual([interval("active", "2016-01-01", null)]);
  });

  it("finds one dormant day in a gap of T + 1 days without a post", () => {
    // Posts on 2016-01-01 and 2016-04-02: 2016-01-01 + 91 days = 2016-04-01, the one dormant day.
    const record = {
      firstPostAt: utc("2016-01-01"),
      lastPostAt: utc("2017-08-10"),
      gaps: [gap("2016-01-01T12:00:00Z", "2016-04-02T06:00:00Z")],
    };
    expect(statusHistory(record, D, T, utc("2016-01-01"))).toEqual([
      interval("active", "2016-01-01", "2016-04-01"),
      interval("dormant", "2016-04-01", "2016-04-02"),
      interval("active", "2016-04-02", null),
    ]);
  });

  it("stays dormant at D after the last post, from the last posting day + T + 1", () => {
    // 2015-07-20 + 91 days: Jul 31 (+11), Aug 31 (+42), Sep 30 (+72), Oct 19 (+91).
    const record = { firstPostAt: utc("2014-06-04T08:00:00Z"), lastPostAt: utc("2015-07-20T21:45:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2014-06-01"))).toEqual([
      interval("silent", "2014-06-01", "2014-06-04"),
      interval("active", "2014-06-04", "2015-10-19"),
      interval("dormant", "2015-10-19", null),
    ]);
  });

  it("is still active at D when the last post is exactly T days before D", () => {
    // 2017-08-15 − 90 days = 2017-05-17; dormancy would start on 2017-08-16, after D.
    const record = { firstPostAt: utc("2017-01-01"), lastPostAt: utc("2017-05-17T23:00:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([interval("active", "2017-01-01", null)]);
  });

  it("becomes dormant on D itself when the last post is T + 1 days before D", () => {
    const record = { firstPostAt: utc("2017-01-01"), lastPostAt: utc("2017-05-16T10:00:00Z"), gaps: [] };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([
      interval("active", "2017-01-01", "2017-08-15"),
      interval("dormant", "2017-08-15", null),
    ]);
  });

  it("orders several gaps, whatever order they come in, and ends dormant", () => {
    // Gap 1: 2014-01-10 → 2014-06-01, dormant from 2014-01-10 + 91 = 2014-04-11 (Jan +21, Feb +49, Mar +80, Apr 11 +91).
    // Gap 2: 2015-02-01 → 2015-09-01, dormant from 2015-02-01 + 91 = 2015-05-03 (Feb +27, Mar +58, Apr +88, May 3 +91).
    // Last post 2016-12-01, dormant from 2016-12-01 + 91 = 2017-03-02 (Dec +30, Jan +61, Feb +89, Mar 2 +91).
    const record = {
      firstPostAt: utc("2013-11-05T09:00:00Z"),
      lastPostAt: utc("2016-12-01T17:00:00Z"),
      gaps: [gap("2015-02-01T10:00:00Z", "2015-09-01T07:00:00Z"), gap("2014-01-10T22:00:00Z", "2014-06-01T03:00:00Z")],
    };
    expect(statusHistory(record, D, T, utc("2013-11-01"))).toEqual([
      interval("silent", "2013-11-01", "2013-11-05"),
      interval("active", "2013-11-05", "2014-04-11"),
      interval("dormant", "2014-04-11", "2014-06-01"),
      interval("active", "2014-06-01", "2015-05-03"),
      interval("dormant", "2015-05-03", "2015-09-01"),
      interval("active", "2015-09-01", "2017-03-02"),
      interval("dormant", "2017-03-02", null),
    ]);
  });

  it("ignores posts after D: a gap that D falls into ends the history dormant", () => {
    // Last post up to D: 2017-03-01; the next one (2017-09-01) is after D. 2017-03-01 + 91 = 2017-05-31.
    const record = {
      firstPostAt: utc("2017-01-01"),
      lastPostAt: utc("2017-10-20"),
      gaps: [gap("2017-03-01T10:00:00Z", "2017-09-01T10:00:00Z"), gap("2017-09-02", "2018-03-01")],
    };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([
      interval("active", "2017-01-01", "2017-05-31"),
      interval("dormant", "2017-05-31", null),
    ]);
  });

  it("ignores a gap that starts after D", () => {
    const record = {
      firstPostAt: utc("2017-01-01"),
      lastPostAt: utc("2017-08-10"),
      gaps: [gap("2017-08-20", "2018-01-01")],
    };
    expect(statusHistory(record, D, T, utc("2017-01-01"))).toEqual([interval("active", "2017-01-01", null)]);
  });

  it("with T = 0, a day without a post is already dormant", () => {
    const record = {
      firstPostAt: utc("2017-08-01"),
      lastPostAt: utc("2017-08-03"),
      gaps: [gap("2017-08-01", "2017-08-03")],
    };
    expect(statusHistory(record, D, 0, utc("2017-08-01"))).toEqual([
      interval("active", "2017-08-01", "2017-08-02"),
      interval("dormant", "2017-08-02", "2017-08-03"),
      interval("active", "2017-08-03", "2017-08-04"),
      interval("dormant", "2017-08-04", null),
    ]);
  });

  it("starts the history no later than D", () => {
    expect(statusHistory({ firstPostAt: null, lastPostAt: null, gaps: [] }, D, T, utc("2018-01-01"))).toEqual([
      interval("silent", "2017-08-15", null),
    ]);
  });

  it("throws on a negative or fractional threshold", () => {
    const record = { firstPostAt: null, lastPostAt: null, gaps: [] };
    expect(() => statusHistory(record, D, -1, D)).toThrow(RangeError);
    expect(() => statusHistory(record, D, 1.5, D)).toThrow(RangeError);
  });

  it("agrees with activityStatus on every day", () => {
    const posts = [
      "2015-03-02T10:00:00Z",
      "2015-03-20T10:00:00Z",
      "2015-07-01T10:00:00Z",
      "2015-07-31T10:00:00Z",
      "2015-12-30T10:00:00Z",
      "2016-02-10T10:00:00Z",
    ].map(utc);
    const threshold = 30;
    const gaps = posts
      .slice(1)
      .flatMap((next, i) =>
        isDormancyGap(posts[i]!, next, threshold) ? [{ previousPostAt: posts[i]!, nextPostAt: next }] : [],
      );
    const since = utc("2015-02-01");
    for (let day = since; day <= utc("2016-06-30"); day = addDays(day, 1)) {
      const upTo = posts.filter((p) => calendarDaysBetween(p, day) >= 0);
      const expected = activityStatus({ lastPostAt: upTo.at(-1) ?? null, isPrivate: false }, day, threshold).status;
      const history = statusHistory(
        { firstPostAt: upTo[0] ?? null, lastPostAt: upTo.at(-1) ?? null, gaps },
        day,
        threshold,
        since,
      );
      const current = history.at(-1)!;
      expect(current.to, day.toISOString()).toBeNull();
      expect(current.status, day.toISOString()).toBe(expected);
    }
  });
});
