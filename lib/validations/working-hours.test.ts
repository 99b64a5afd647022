import { describe, expect, it } from "vitest";
import { parseHolidayLines, parseWorkingHoursSelection, workingHoursSettingsSchema } from "./working-hours";

describe("parseHolidayLines", () => {
  it("reads CSV lines with an optional header, blank lines and quoted names", () => {
    expect(parseHolidayLines('day,name\r\n2017-07-11,Naadam\n\n2017-07-12,"Naadam, day two"')).toEqual({
      ok: true,
      holidays: [
        { day: "2017-07-11", name: "Naadam", line: 2 },
        { day: "2017-07-12", name: "Naadam, day two", line: 4 },
      ],
    });
  });

  it("reports every bad line by number and accepts none of them", () => {
    expect(parseHolidayLines("2017-02-30,Not a day\n2017-07-11\n2017-07-11,Naadam\n2017-07-11,Naadam again")).toEqual({
      ok: false,
      errors: [
        { line: 1, code: "dayInvalid" },
        { line: 2, code: "nameRequired" },
        { line: 4, code: "dayRepeated" },
      ],
    });
    expect(parseHolidayLines("  \n")).toEqual({ ok: false, errors: [{ line: 1, code: "listEmpty" }] });
  });
});

describe("workingHoursSettingsSchema", () => {
  it("turns times into minutes and checkboxes into ISO weekdays", () => {
    expect(
      workingHoursSettingsSchema.parse({
        missionId: "m1",
        workdayStart: "08:30",
        workdayEnd: "24:00",
        weekend5: "on",
        weekend6: "on",
      }),
    ).toEqual({
      missionId: "m1",
      workdayStartMinute: 510,
      workdayEndMinute: 1440,
      weekendDays: [5, 6],
    });
  });
});

describe("parseWorkingHoursSelection", () => {
  it("reads a class or a cell and ignores anything else", () => {
    expect(parseWorkingHoursSelection({ class: "weekend" })).toEqual({ kind: "class", timeClass: "weekend" });
    expect(parseWorkingHoursSelection({ weekday: "7", hour: "23" })).toEqual({ kind: "cell", isoWeekday: 7, hour: 23 });
    expect(parseWorkingHoursSelection({ weekday: "8", hour: "1" })).toBeNull();
    expect(parseWorkingHoursSelection({ class: "night" })).toBeNull();
    expect(parseWorkingHoursSelection({})).toBeNull();
  });
});
