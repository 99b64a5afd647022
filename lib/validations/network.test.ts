import { describe, expect, it } from "vitest";
import { parseNetworkParams } from "./network";

describe("parseNetworkParams", () => {
  it("reads no mission as the whole ministry", () => {
    expect(parseNetworkParams({})).toEqual({ ok: true, missionId: null });
    expect(parseNetworkParams({ mission: "" })).toEqual({ ok: true, missionId: null });
  });

  it("reads a mission id and ignores the other view parameters", () => {
    expect(parseNetworkParams({ mission: "cm123-abc", asOf: "2017-08-15" })).toEqual({ ok: true, missionId: "cm123-abc" });
  });

  it("names a malformed mission id instead of ignoring it", () => {
    expect(parseNetworkParams({ mission: "x'; DROP" })).toEqual({ ok: false, fields: ["mission"] });
    expect(parseNetworkParams({ mission: "a".repeat(65) })).toEqual({ ok: false, fields: ["mission"] });
  });
});
