import { describe, expect, it } from "vitest";
import { parseOverviewTableParams } from "./overview-params";

describe("parseOverviewTableParams", () => {
  it("defaults to missions by name, unfiltered, first page", () => {
    expect(parseOverviewTableParams({})).toEqual({
      sort: "name",
      dir: "asc",
      status: null,
      region: null,
      kind: null,
      platform: null,
      page: 1,
      pageSize: 50,
    });
  });

  it("reads sort, direction, filters and page", () => {
    expect(
      parseOverviewTableParams({ sort: "posts", status: "dormant", region: "Europe", page: "3", rows: "25" }),
    ).toEqual({
      sort: "posts",
      dir: "desc",
      status: "dormant",
      region: "Europe",
      kind: null,
      platform: null,
      page: 3,
      pageSize: 25,
    });
  });

  it("falls back to the defaults for malformed values", () => {
    const parsed = parseOverviewTableParams({ sort: "nope", dir: "up", status: "asleep", page: "-2", rows: "7" });
    expect(parsed).toMatchObject({ sort: "name", dir: "asc", status: null, page: 1, pageSize: 50 });
    expect(parseOverviewTableParams({ page: "two" }).page).toBe(1);
    expect(parseOverviewTableParams({ page: "1.5" }).page).toBe(1);
  });
});
