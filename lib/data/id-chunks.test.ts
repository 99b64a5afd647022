import { describe, expect, it } from "vitest";
import { idChunks, MAX_IDS_PER_QUERY, queryByIdChunks } from "./id-chunks";

describe("idChunks", () => {
  it("splits 1,500 account ids into chunks of at most 500, in order", () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `a${i}`);
    const chunks = idChunks(ids);
    expect(chunks.map((c) => c.length)).toEqual([500, 500, 500]);
    expect(chunks.flat()).toEqual(ids);
  });

  it("keeps a short list whole and an empty one empty", () => {
    expect(idChunks(["a", "b"], 500)).toEqual([["a", "b"]]);
    expect(idChunks([])).toEqual([]);
    expect(idChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("queries every chunk and concatenates the rows", async () => {
    const ids = Array.from({ length: MAX_IDS_PER_QUERY * 2 + 1 }, (_, i) => i);
    const seen: number[] = [];
    const rows = await queryByIdChunks(ids, async (chunk) => {
      seen.push(chunk.length);
      return chunk.filter((id) => id % 250 === 0);
    });
    expect(seen).toEqual([500, 500, 1]);
    expect(rows).toEqual([0, 250, 500, 750, 1000]);
  });
});
