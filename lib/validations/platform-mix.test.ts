import { describe, expect, it } from "vitest";
import { setTargetFormatsSchema } from "./platform-mix";

describe("setTargetFormatsSchema", () => {
  it("turns the ticked boxes into formats in their own order", () => {
    expect(setTargetFormatsSchema.parse({ "format.video": "on", "format.blog_website": "on" })).toEqual([
      "blog_website",
      "video",
    ]);
    expect(setTargetFormatsSchema.parse({})).toEqual([]);
  });

  it("refuses unknown formats and values other than a ticked box", () => {
    expect(setTargetFormatsSchema.safeParse({ "format.hologram": "on" }).success).toBe(false);
    expect(setTargetFormatsSchema.safeParse({ "format.video": "yes" }).success).toBe(false);
  });
});
