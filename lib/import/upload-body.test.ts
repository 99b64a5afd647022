// Issue 22, item 8, the web upload: the route gathered a body's chunks, then
// copied them into one buffer, holding every upload twice at its peak.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readUploadBody } from "./upload-body";

const run = promisify(execFile);

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const chunks = () => [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5]), new Uint8Array([6, 7, 8, 9])];
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe("readUploadBody", () => {
  it.each([
    ["the right Content-Length", 9],
    ["no Content-Length", 0],
    ["a Content-Length too small", 4],
    ["a Content-Length too large", 50],
  ])("reads every byte with %s", async (_, declared) => {
    expect([...(await readUploadBody(streamOf(chunks()), declared, 100))]).toEqual(all);
  });

  it("reads no body as empty", async () => {
    expect((await readUploadBody(null, 0, 100)).byteLength).toBe(0);
  });

  it("refuses a body past the limit whatever its Content-Length says", async () => {
    for (const declared of [0, 4, 9])
      await expect(readUploadBody(streamOf(chunks()), declared, 8)).rejects.toBeInstanceOf(AppError);
    await expect(readUploadBody(streamOf(chunks()), 9, 9)).resolves.toHaveLength(9);
  });

  // Peak memory is read from /proc (Linux, as in the Dockerfile and CI).
  it.skipIf(!existsSync("/proc/self/status"))(
    "holds a 150 MB upload with its Content-Length once, not as its chunks and then their copy",
    async () => {
      const script = path.join(__dirname, "test-support", "peak-rss-upload.ts");
      const { stdout } = await run(process.execPath, ["--import", "tsx", script, "150", "declared"], {
        cwd: path.resolve(__dirname, "../.."),
      });
      const measured = JSON.parse(stdout.trim()) as { bytes: number; baselineMb: number; peakRssMb: number };
      expect(measured.bytes).toBe(150 * 1024 * 1024);
      expect(measured.peakRssMb - measured.baselineMb).toBeLessThan(150 + 50);
    },
  );
});
