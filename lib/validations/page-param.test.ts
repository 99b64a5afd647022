import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, parsePageParam, parsePageSizeParam } from "./page-param";

describe("page parameters", () => {
  it("reads a page from 1 and falls back to 1 for anything else", () => {
    expect(parsePageParam("4")).toBe(4);
    expect(parsePageParam(undefined)).toBe(1);
    for (const bad of ["0", "-1", "2.5", "two", "100001"]) expect(parsePageParam(bad)).toBe(1);
  });

  it("reads one of the offered page sizes and falls back to the default for any other", () => {
    expect(parsePageSizeParam("10")).toBe(10);
    expect(parsePageSizeParam("100")).toBe(100);
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    for (const bad of [undefined, "", "0", "11", "1000", "ten"])
      expect(parsePageSizeParam(bad)).toBe(DEFAULT_PAGE_SIZE);
  });
});
