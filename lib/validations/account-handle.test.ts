import { describe, expect, it } from "vitest";
import { handleProblem } from "./account-handle";
import { createAccountSchema } from "./imports";
import { worded } from "../import/test-support/worded";

describe("handleProblem", () => {
  it.each([
    "mfa@mastodon.social",
    "@MongoliaMFA@mastodon.social",
    "embassy_berlin@diplo.social",
    "a.b-c@social.gov.mn",
  ])("accepts the Mastodon handle %s", (handle) => {
    expect(handleProblem("mastodon", handle)).toBeNull();
  });

  it.each([
    "mfa",
    "@mfa",
    "mfa@",
    "mfa@localhost",
    "https://mastodon.social/@mfa",
    "mfa@@mastodon.social",
    "@mastodon.social",
  ])("refuses the Mastodon handle %s", (handle) => {
    expect(handleProblem("mastodon", handle)).toBe("needsHost");
  });

  it("leaves other platforms' handles alone", () => {
    expect(handleProblem("x", "MFAMongolia")).toBeNull();
    expect(handleProblem("bluesky", "mfa.mn")).toBeNull();
  });

  it("is checked by the new-account form", () => {
    const base = { missionId: "m1", platform: "mastodon" };
    const refused = createAccountSchema.safeParse({ ...base, handle: "mfa" });
    expect(!refused.success && refused.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["handle", "handleNeedsHost"],
    ]);
    expect(createAccountSchema.safeParse({ ...base, handle: "mfa@mastodon.social" }).success).toBe(true);
    expect(createAccountSchema.safeParse({ ...base, platform: "x", handle: "mfa" }).success).toBe(true);
  });
});

describe("the accounts CSV", () => {
  it("refuses a Mastodon handle without its server, naming the line", async () => {
    const { parseDirectoryCsv } = await import("../import/csv-directory");
    const { CSV_TEMPLATES } = await import("../import/csv-templates");
    const header = CSV_TEMPLATES.accounts.map((c) => c.name);
    const row = (handle: string) =>
      header.map((name) => ({ mission_slug: "hq", platform: "mastodon", handle })[name] ?? "").join(",");
    const refused = parseDirectoryCsv("accounts", [header.join(","), row("mfa")].join("\n"));
    expect(!refused.ok && worded(refused.errors[0])).toMatchObject({
      line: 2,
      field: "handle",
      message: expect.stringMatching(/name@host/),
    });
    expect(parseDirectoryCsv("accounts", [header.join(","), row("mfa@mastodon.social")].join("\n")).ok).toBe(true);
  });
});
