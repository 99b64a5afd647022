import { describe, expect, it } from "vitest";
import { webUrlOrNull, webUrlSchema } from "./web-url";

describe("webUrlOrNull", () => {
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://mfa.example/",
    "//evil.example/x",
    "/relative/path",
    "https://",
    "http:evil.example",
    "",
    null,
    undefined,
  ])("stores no link for %j", (value) => {
    expect(webUrlOrNull(value)).toBeNull();
  });

  it.each(["https://x.com/MFAMongolia/status/1", "http://mfa.example/a?b=1#c", "HTTPS://MFA.example/x"])(
    "keeps %s as written",
    (value) => {
      expect(webUrlOrNull(value)).toBe(value);
      expect(webUrlOrNull(`  ${value} `)).toBe(value);
    },
  );

  it("refuses the same links in forms and CSV files, naming the error", () => {
    const schema = webUrlSchema("urlInvalid");
    expect(schema.safeParse("javascript:alert(1)").error?.issues[0]?.message).toBe("urlInvalid");
    expect(schema.parse(" https://mfa.example/ ")).toBe("https://mfa.example/");
  });
});
