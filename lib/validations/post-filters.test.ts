import { describe, expect, it } from "vitest";
import { parsePostFilters } from "./post-filters";

describe("parsePostFilters", () => {
  it("defaults to no filter and page 1", () => {
    expect(parsePostFilters({})).toEqual({
      ok: true,
      filters: {
        missionId: null,
        accountId: null,
        themeId: null,
        category: null,
        withHandle: null,
        language: null,
        ownOnly: false,
        allTime: false,
        page: 1,
      },
    });
  });

  it("reads ids, category, since=all and the page", () => {
    const parsed = parsePostFilters({
      mission: "m1",
      account: "a_2",
      theme: "t-3",
      category: "engagement",
      since: "all",
      page: "4",
    });
    expect(parsed).toEqual({
      ok: true,
      filters: {
        missionId: "m1",
        accountId: "a_2",
        themeId: "t-3",
        category: "engagement",
        withHandle: null,
        language: null,
        ownOnly: false,
        allTime: true,
        page: 4,
      },
    });
  });

  it("ignores parameters that are not filters (as-of date, period)", () => {
    expect(parsePostFilters({ asOf: "2017-08-15", period: "90" }).ok).toBe(true);
  });

  it("names every malformed filter", () => {
    const parsed = parsePostFilters({ category: "gossip", page: "0", mission: "x'; DROP TABLE", since: "forever" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fields.sort()).toEqual(["category", "mission", "page", "since"]);
  });

  it("reads the handle a post interacts with, normalised as posts compare handles", () => {
    const parsed = parsePostFilters({ with: " @Demo_US_News " });
    expect(parsed.ok && parsed.filters.withHandle).toBe("demo_us_news");
    const mastodon = parsePostFilters({ with: "@Someone@Mastodon.Social" });
    expect(mastodon.ok && mastodon.filters.withHandle).toBe("someone@mastodon.social");
    expect(parsePostFilters({ with: "" })).toMatchObject({ ok: true, filters: { withHandle: null } });
  });

  it("reads a language code or unknown, and the own-posts restriction", () => {
    expect(parsePostFilters({ language: "ja", own: "1" })).toMatchObject({
      ok: true,
      filters: { language: "ja", ownOnly: true },
    });
    expect(parsePostFilters({ language: "unknown" })).toMatchObject({
      ok: true,
      filters: { language: "unknown", ownOnly: false },
    });
    expect(parsePostFilters({ language: "nl,fr,de" })).toMatchObject({ ok: true, filters: { language: "nl,fr,de" } });
    for (const bad of ["JA", "ja-JP", "japanese", "j", "x'; DROP", "nl,", ",fr", "nl fr"])
      expect(parsePostFilters({ language: bad }), bad).toEqual({ ok: false, fields: ["language"] });
    expect(parsePostFilters({ own: "yes" })).toEqual({ ok: false, fields: ["own"] });
  });

  it("refuses a handle that no platform would spell", () => {
    for (const bad of ["@", "a b", "x'; DROP TABLE", "a@b@c", "@".repeat(2) + "x", "h".repeat(201)]) {
      expect(parsePostFilters({ with: bad }), bad).toEqual({ ok: false, fields: ["with"] });
    }
  });
});
