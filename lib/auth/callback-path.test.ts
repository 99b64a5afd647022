import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/missions/abc?asOf=2017-08-15")).toBe("/missions/abc?asOf=2017-08-15");
  });

  it("refuses other hosts, protocol-relative URLs and the sign-in page itself", () => {
    expect(safeCallbackPath("https://evil.example/")).toBe("/start");
    expect(safeCallbackPath("//evil.example/x")).toBe("/start");
    expect(safeCallbackPath("/signin?callbackUrl=/")).toBe("/start");
    expect(safeCallbackPath(undefined)).toBe("/start");
  });

  it("keeps an explicit request for the overview", () => {
    expect(safeCallbackPath("/")).toBe("/");
  });
});
