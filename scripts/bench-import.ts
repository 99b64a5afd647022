/**
 * Import throughput of an X archive tweets.js through the real import path
 * next to the raw prepared-insert floor (see scripts/bench/import-throughput.ts):
 *   npm run bench:import -- [--posts 200000]
 * `npm run bench` takes the same figures as part of the whole benchmark.
 */
import { parseArgs } from "node:util";
import { measureImportThroughput } from "./bench/import-throughput";

const { values } = parseArgs({ options: { posts: { type: "string", default: "200000" } } });
const count = Number(values.posts);
if (!Number.isInteger(count) || count < 1) throw new Error("--posts must be a positive whole number");

measureImportThroughput(count)
  .then((r) => {
    const n = (x: number) => x.toLocaleString("en-US");
    console.log(`tweets.js:  ${n(r.posts)} posts, ${r.fileMegabytes} MB`);
    console.log(`parse:      ${n(r.parseMs)} ms`);
    console.log(
      `write:      ${n(r.writeMs)} ms — posts ${n(r.rowsWritten.posts)}, mentions ${n(r.rowsWritten.mentions)}, theme tags ${n(r.rowsWritten.themeTags)}`,
    );
    console.log(`whole run:  ${n(r.wholeRunMs)} ms (${n(r.importPostsPerSecond)} posts/s)`);
    console.log(`re-import:  ${n(r.reimportMs)} ms (nothing new)`);
    console.log(
      `raw floor:  ${n(r.rawFloorMs)} ms (${n(r.rawFloorPostsPerSecond)} posts/s: the same posts, mentions and tags as prepared inserts in one transaction)`,
    );
    console.log(`import / raw floor: ${(r.shareOfFloor * 100).toFixed(0)} %`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
