import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

const ORIGIN = "https://chancery.example";

/** What a browser would do with the path as a Location header on the site. */
function staysOnSite(path: string): boolean {
  return new URL(path, `${ORIGIN}/signin`).origin === ORIGIN;
}

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

  // Each of these once came out as "//evil.example" (dot segments collapse after the check).
  it.each([
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/%5C/evil.example",
    "/%2F/evil.example",
    "/%252F%252Fevil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/x%00/../..//evil.example",
    "/%0d%0aSet-Cookie:x=y",
    "javascript:alert(1)",
    "https:evil.example",
    "/./signin",
    "/%73ignin",
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/start");
  });

  it("whatever the input, the result is a path on the site", () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "",
        ".",
        "..",
        "%2e",
        "%2E%2e",
        "\\",
        "%5c",
        "%2f",
        "%252f",
        "evil.example",
        "a",
        "%00",
        "%09",
        "\t",
        "@",
        ":",
      ),
      fc.string({ maxLength: 6 }),
    );
    const separator = fc.constantFrom("/", "\\", "//", "%2f", "/%2e/");
    const path = fc
      .tuple(
        fc.constantFrom("", "/", "//", "\\", "/\\", "http:", "https://", "%2f"),
        fc.array(fc.tuple(segment, separator), { maxLength: 6 }),
        fc.constantFrom("", "?a=1", "#x", "?next=//evil.example"),
      )
      .map(([head, parts, tail]) => head + parts.map(([part, sep]) => part + sep).join("") + tail);
    fc.assert(
      fc.property(fc.oneof(path, fc.string({ maxLength: 40 })), (value) => {
        const result = safeCallbackPath(value);
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(result.startsWith("/\\")).toBe(false);
        expect(/[\\\u0000-\u001f\u007f]/.test(result)).toBe(false);
        expect(staysOnSite(result)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
