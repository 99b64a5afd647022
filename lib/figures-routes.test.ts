import { describe, expect, it } from "vitest";
import { showsFigures } from "./figures-routes";

describe("showsFigures", () => {
  it("is true on the screens that show computed figures", () => {
    for (const path of [
      "/",
      "/missions/abc",
      "/themes",
      "/network",
      "/posts",
      "/summaries/q",
      "/people",
      "/languages",
      "/working-hours",
      "/platforms",
      "/stakeholders",
      "/insights",
      "/accounts/x",
    ]) {
      expect(showsFigures(path), path).toBe(true);
    }
  });

  it("is false on screens without figures: administration, sign-in, imports, start", () => {
    for (const path of ["/admin/users", "/admin/settings", "/admin", "/signin", "/imports", "/start"]) {
      expect(showsFigures(path), path).toBe(false);
    }
  });
});
