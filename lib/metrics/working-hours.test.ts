import { describe, expect, it } from "vitest";
import {
  bucketMatches,
  bucketStart,
  classifyPostTime,
  classShare,
  formatMinuteOfDay,
  isValidTimeZone,
  localTime,
  mergeQuarterRanges,
  outsideShare,
  parseWeekendDays,
  summarizeWorkingHours,
  type WorkingTimeSettings,
} from "./working-hours";

const settings = (timeZone: string, overrides: Partial<WorkingTimeSettings> = {}): WorkingTimeSettings => ({
  timeZone,
  workdayStartMinute: 9 * 60,
  workdayEndMinute: 18 * 60,
  weekendDays: [6, 7],
  holidays: new Set(),
  ...overrides,
});

const at = (iso: string) => new Date(iso);

describe("localTime", () => {
  it("follows Europe/Berlin into summer time on 2017-03-26 (02:00 CET → 03:00 CEST at 01:00 UTC)", () => {
    expect(localTime(at("2017-03-26T00:30:00Z"), "Europe/Berlin")).toMatchObject({
      day: "2017-03-26",
      hour: 1,
      minute: 30,
      isoWeekday: 7,
    });
    expect(localTime(at("2017-03-26T01:30:00Z"), "Europe/Berlin")).toMatchObject({
      day: "2017-03-26",
      hour: 3,
      minute: 30,
      isoWeekday: 7,
    });
  });

  it("follows Europe/Berlin back to winter time on 2017-10-29 (02:00–03:00 happens twice)", () => {
    expect(localTime(at("2017-10-29T00:30:00Z"), "Europe/Berlin")).toMatchObject({ hour: 2, minute: 30 });
    expect(localTime(at("2017-10-29T01:30:00Z"), "Europe/Berlin")).toMatchObject({ hour: 2, minute: 30 });
  });

  it("reads a half-hour zone (Asia/Kolkata, UTC+05:30) and a day change", () => {
    expect(localTime(at("2017-08-14T03:15:00Z"), "Asia/Kolkata")).toMatchObject({
      day: "2017-08-14",
      hour: 8,
      minute: 45,
      minuteOfDay: 525,
      isoWeekday: 1,
    });
    // Friday 20:00 UTC is already Saturday 04:00 in Ulaanbaatar (UTC+8).
    expect(localTime(at("2017-08-11T20:00:00Z"), "Asia/Ulaanbaatar")).toMatchObject({
      day: "2017-08-12",
      hour: 4,
      isoWeekday: 6,
    });
    // Monday 02:00 UTC is still Sunday 22:00 in New York (UTC−4 in August).
    expect(localTime(at("2017-08-14T02:00:00Z"), "America/New_York")).toMatchObject({
      day: "2017-08-13",
      hour: 22,
      isoWeekday: 7,
    });
  });

  it("reports midnight as hour 0", () => {
    expect(localTime(at("2017-08-13T16:00:00Z"), "Asia/Ulaanbaatar")).toMatchObject({
      day: "2017-08-14",
      hour: 0,
      minute: 0,
      minuteOfDay: 0,
    });
  });

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Asia/Kathmandu")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("classifyPostTime", () => {
  const berlin = settings("Europe/Berlin");

  it("classifies the same UTC time differently on either side of a DST change", () => {
    // 07:30 UTC: Friday 24 March is 08:30 CET (before 09:00), Monday 27 March is 09:30 CEST.
    expect(classifyPostTime(at("2017-03-24T07:30:00Z"), berlin)).toBe("after_hours");
    expect(classifyPostTime(at("2017-03-27T07:30:00Z"), berlin)).toBe("working");
    // 16:30 UTC: Friday 27 October is 18:30 CEST (after 18:00), Monday 30 October is 17:30 CET.
    expect(classifyPostTime(at("2017-10-27T16:30:00Z"), berlin)).toBe("after_hours");
    expect(classifyPostTime(at("2017-10-30T16:30:00Z"), berlin)).toBe("working");
    // The DST change itself falls on a Sunday.
    expect(classifyPostTime(at("2017-03-26T10:00:00Z"), berlin)).toBe("weekend");
  });

  it("uses [start, end): the first minute counts, the end minute does not (Asia/Kolkata)", () => {
    const kolkata = settings("Asia/Kolkata");
    expect(classifyPostTime(at("2017-08-14T03:29:00Z"), kolkata)).toBe("after_hours"); // 08:59
    expect(classifyPostTime(at("2017-08-14T03:30:00Z"), kolkata)).toBe("working"); // 09:00
    expect(classifyPostTime(at("2017-08-14T12:29:00Z"), kolkata)).toBe("working"); // 17:59
    expect(classifyPostTime(at("2017-08-14T12:30:00Z"), kolkata)).toBe("after_hours"); // 18:00
  });

  it("puts holiday before weekend before after hours", () => {
    const ub = settings("Asia/Ulaanbaatar", { holidays: new Set(["2017-07-11", "2017-07-15"]) });
    expect(classifyPostTime(at("2017-07-11T02:00:00Z"), ub)).toBe("holiday"); // Tuesday 10:00, Naadam
    expect(classifyPostTime(at("2017-07-11T14:00:00Z"), ub)).toBe("holiday"); // Tuesday 22:00, still Naadam
    expect(classifyPostTime(at("2017-07-15T14:00:00Z"), ub)).toBe("holiday"); // a holiday on a Saturday
    expect(classifyPostTime(at("2017-07-16T02:00:00Z"), ub)).toBe("weekend"); // Sunday 10:00
    expect(classifyPostTime(at("2017-07-12T14:00:00Z"), ub)).toBe("after_hours"); // Wednesday 22:00
    // The holiday is a local day: 2017-07-10 17:00 UTC is already 01:00 on the 11th in Ulaanbaatar.
    expect(classifyPostTime(at("2017-07-10T17:00:00Z"), ub)).toBe("holiday");
  });

  it("honours a Friday–Saturday weekend and other working hours", () => {
    const riyadh = settings("Asia/Riyadh", {
      weekendDays: [5, 6],
      workdayStartMinute: 8 * 60,
      workdayEndMinute: 15 * 60,
    });
    expect(classifyPostTime(at("2017-08-11T07:00:00Z"), riyadh)).toBe("weekend"); // Friday 10:00
    expect(classifyPostTime(at("2017-08-13T07:00:00Z"), riyadh)).toBe("working"); // Sunday 10:00
    expect(classifyPostTime(at("2017-08-13T12:00:00Z"), riyadh)).toBe("after_hours"); // Sunday 15:00
  });
});

describe("summarizeWorkingHours", () => {
  it("counts posts and replies by class and fills the local hour × weekday matrix", () => {
    const berlin = settings("Europe/Berlin", { holidays: new Set(["2017-10-03"]) });
    const summary = summarizeWorkingHours(
      [
        { utcDay: "2017-03-26", quarter: 6, posts: 2, replies: 1 }, // 01:30 UTC → Sunday 03:30 CEST: weekend
        { utcDay: "2017-03-27", quarter: 30, posts: 3, replies: 0 }, // 07:30 UTC → Monday 09:30: working
        { utcDay: "2017-03-24", quarter: 30, posts: 1, replies: 1 }, // 07:30 UTC → Friday 08:30 CET: after hours
        { utcDay: "2017-10-03", quarter: 40, posts: 4, replies: 2 }, // 10:00 UTC → Tuesday 12:00, German Unity Day: holiday
      ],
      berlin,
    );
    expect(summary.posts).toEqual({ working: 3, after_hours: 1, weekend: 2, holiday: 4, total: 10 });
    expect(summary.replies).toEqual({ working: 0, after_hours: 1, weekend: 1, holiday: 2, total: 4 });
    expect(summary.matrix[6]?.[3]).toBe(2); // Sunday 03:00
    expect(summary.matrix[0]?.[9]).toBe(3); // Monday 09:00
    expect(summary.matrix[4]?.[8]).toBe(1); // Friday 08:00
    expect(summary.matrix[1]?.[12]).toBe(4); // Tuesday 12:00
    expect(summary.matrix.flat().reduce((a, b) => a + b, 0)).toBe(10);
    expect(outsideShare(summary.posts)).toBeCloseTo(0.7);
    expect(outsideShare(summary.replies)).toBe(1);
    expect(classShare(summary.posts, "weekend")).toBeCloseTo(0.2);
  });

  it("gives no share for nothing", () => {
    const summary = summarizeWorkingHours([], settings("UTC"));
    expect(outsideShare(summary.posts)).toBeNull();
    expect(summary.matrix).toHaveLength(7);
    expect(summary.matrix[0]).toHaveLength(24);
  });

  it("places a half-hour zone's quarter-hours in the right local hour", () => {
    // 03:15 UTC → 08:45 IST (hour 8, after hours); 03:30 UTC → 09:00 (hour 9, working).
    const summary = summarizeWorkingHours(
      [
        { utcDay: "2017-08-14", quarter: 13, posts: 1, replies: 0 },
        { utcDay: "2017-08-14", quarter: 14, posts: 1, replies: 0 },
      ],
      settings("Asia/Kolkata"),
    );
    expect(summary.matrix[0]?.[8]).toBe(1);
    expect(summary.matrix[0]?.[9]).toBe(1);
    expect(summary.posts.after_hours).toBe(1);
    expect(summary.posts.working).toBe(1);
  });
});

describe("selections and ranges", () => {
  it("matches buckets to a heatmap cell or a class", () => {
    const berlin = settings("Europe/Berlin");
    const sundayEarly = { utcDay: "2017-03-26", quarter: 6 };
    expect(bucketStart(sundayEarly).toISOString()).toBe("2017-03-26T01:30:00.000Z");
    expect(bucketMatches(sundayEarly, berlin, { kind: "cell", isoWeekday: 7, hour: 3 })).toBe(true);
    expect(bucketMatches(sundayEarly, berlin, { kind: "cell", isoWeekday: 7, hour: 2 })).toBe(false);
    expect(bucketMatches(sundayEarly, berlin, { kind: "class", timeClass: "weekend" })).toBe(true);
    expect(bucketMatches(sundayEarly, berlin, { kind: "class", timeClass: "after_hours" })).toBe(false);
  });

  it("merges adjacent quarter-hours into ranges", () => {
    const ranges = mergeQuarterRanges([
      at("2017-08-14T10:15:00Z"),
      at("2017-08-14T10:00:00Z"),
      at("2017-08-14T12:00:00Z"),
    ]);
    expect(ranges.map((r) => [r.start.toISOString(), r.end.toISOString()])).toEqual([
      ["2017-08-14T10:00:00.000Z", "2017-08-14T10:30:00.000Z"],
      ["2017-08-14T12:00:00.000Z", "2017-08-14T12:15:00.000Z"],
    ]);
  });

  it("parses weekend days and formats minutes", () => {
    expect(parseWeekendDays("7, 6,x,9,6")).toEqual([6, 7]);
    expect(formatMinuteOfDay(540)).toBe("09:00");
    expect(formatMinuteOfDay(1095)).toBe("18:15");
  });
});
