import { describe, expect, it } from "vitest";
import { parseNetworkParams } from "./network";

const DEFAULTS = { ok: true, missionId: null, flag: null, page: 1, pageSize: 50, missionPage: 1 };

describe("parseNetworkParams", () => {
  it("has no focus, no flag and the first page by default", () => {
    expect(parseNetworkParams({})).toEqual(DEFAULTS);
    expect(parseNetworkParams({ mission: "", flag: "", page: "" })).toEqual(DEFAULTS);
  });

  it("reads a mission id, a flag and a page, and ignores other screens' parameters", () => {
    expect(parseNetworkParams({ mission: "cm123-abc", asOf: "2017-08-15" })).toEqual({
      ...DEFAULTS,
      missionId: "cm123-abc",
    });
    expect(parseNetworkParams({ flag: "receiveOnly", page: "3", rows: "10" })).toEqual({
      ...DEFAULTS,
      flag: "receiveOnly",
      page: 3,
      pageSize: 10,
    });
    expect(parseNetworkParams({ mpage: "6", page: "2" })).toEqual({ ...DEFAULTS, page: 2, missionPage: 6 });
  });

  it("reports malformed parameters by name", () => {
    expect(parseNetworkParams({ mission: "x'; DROP" })).toEqual({ ok: false, fields: ["mission"] });
    expect(parseNetworkParams({ mission: "a".repeat(65) })).toEqual({ ok: false, fields: ["mission"] });
    expect(parseNetworkParams({ flag: "dormant" })).toEqual({ ok: false, fields: ["flag"] });
    expect(parseNetworkParams({ page: "0" })).toEqual({ ok: false, fields: ["page"] });
    expect(parseNetworkParams({ rows: "11" })).toEqual({ ok: false, fields: ["rows"] });
    expect(parseNetworkParams({ mpage: "-1" })).toEqual({ ok: false, fields: ["mpage"] });
    expect(parseNetworkParams({ page: "two", flag: "x" })).toEqual({ ok: false, fields: ["flag", "page"] });
  });
});
