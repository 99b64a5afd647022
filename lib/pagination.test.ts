import { describe, expect, it } from "vitest";
import { pageSlice } from "./pagination";

const letters = ["a", "b", "c", "d", "e", "f", "g"];

describe("pageSlice", () => {
  it("gives the items of the asked page with their positions", () => {
    expect(pageSlice(letters, 2, 3)).toEqual({
      items: ["d", "e", "f"],
      page: 2,
      pageCount: 3,
      total: 7,
      first: 4,
      last: 6,
    });
  });
  it("gives a short last page", () => {
    expect(pageSlice(letters, 3, 3)).toEqual({ items: ["g"], page: 3, pageCount: 3, total: 7, first: 7, last: 7 });
  });
  it("shows the last page for a page past the end and the first for one before it", () => {
    expect(pageSlice(letters, 99, 3).page).toBe(3);
    expect(pageSlice(letters, 99, 3).items).toEqual(["g"]);
    expect(pageSlice(letters, 0, 3).items).toEqual(["a", "b", "c"]);
    expect(pageSlice(letters, 1.5, 3).page).toBe(1);
  });
  it("has one empty page for an empty list", () => {
    expect(pageSlice([], 4, 10)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 });
  });
  it("refuses a page size that is not a positive whole number", () => {
    expect(() => pageSlice(letters, 1, 0)).toThrow(RangeError);
    expect(() => pageSlice(letters, 1, 2.5)).toThrow(RangeError);
  });
});
