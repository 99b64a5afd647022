// Issue 22, item 8: a 0.9 MB zip with three 290 MB entries took the importer to
// 1.66 GB before it refused, a 1 GB bomb to 626 MB. Each bomb here is built on
// disk, then read in its own process (test-support/peak-rss.ts) exactly as an
// upload is read, and that process's peak resident memory is asserted: memory
// is a bound, not a timing.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTarGzBomb, writeZipBomb, type BombEntry } from "./test-support/bombs";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const PEAK_RSS = path.join(__dirname, "test-support", "peak-rss.ts");
const MB = 1024 * 1024;
/** Peak resident memory of the whole process reading a refused file, node and tsx included. */
const BOUND_MB = 300;

interface Measured {
  ok: boolean;
  problem: { file: string | null; message: string } | null;
  fileMb: number;
  baselineMb: number;
  peakRssMb: number;
}

async function measure(file: string, format: "x" | "mastodon" | "archive", limits?: object): Promise<Measured> {
  const args = ["--import", "tsx", PEAK_RSS, file, format, ...(limits ? [JSON.stringify(limits)] : [])];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: MB });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Measured;
}

const tweetParts = (count: number, zeros: number): BombEntry[] =>
  Array.from({ length: count }, (_, i) => ({ name: i === 0 ? "data/tweets.js" : `data/tweets-part${i}.js`, zeros }));

/** Every case: the bomb, how it is read, the refusal expected. */
const CASES: {
  name: string;
  file: string;
  build: (file: string) => Promise<void>;
  format: "x" | "mastodon" | "archive";
  limits?: object;
  refusal: RegExp;
}[] = [
  {
    name: "X archive zip of three 290 MB tweets parts (0.9 MB)",
    file: "three-parts.zip",
    build: (file) => writeZipBomb(file, tweetParts(3, 290 * MB)),
    format: "x",
    refusal: /^This entry unpacks to more than 100 times its packed size/,
  },
  {
    name: "X archive zip of one 1 GB data/tweets.js",
    file: "one-gigabyte.zip",
    build: (file) =>
      writeZipBomb(file, [
        { name: "data/account.js", data: "window.YTD.account.part0 = []" },
        { name: "data/tweets.js", zeros: 1024 * MB },
      ]),
    format: "x",
    refusal: /^This entry unpacks to more than 100 times its packed size/,
  },
  {
    name: "X archive zip of 250 tweets parts of 1 MB each, every one too small to be judged alone",
    file: "many-parts.zip",
    build: (file) => writeZipBomb(file, tweetParts(250, MB)),
    format: "x",
    refusal: /^The files the importer reads from this archive unpack to more than 100 times the archive's size/,
  },
  {
    name: "Mastodon export tar.gz with a 1 GB outbox.json",
    file: "outbox.tar.gz",
    build: (file) => writeTarGzBomb(file, [{ name: "outbox.json", zeros: 1024 * MB }]),
    format: "mastodon",
    refusal: /^This entry unpacks to more than 200 MB/,
  },
  {
    name: "Mastodon export tar.gz whose media (never kept) unpack to 1.1 GB",
    file: "media.tar.gz",
    build: (file) =>
      writeTarGzBomb(file, [
        { name: "outbox.json", data: JSON.stringify({ type: "OrderedCollection", orderedItems: [] }) },
        ...Array.from({ length: 4 }, (_, i) => ({ name: `media_attachments/files/${i}.mp4`, zeros: 280 * MB })),
      ]),
    format: "mastodon",
    refusal: /^The archive unpacks to more than 1024 MB/,
  },
  {
    // Without the ratio check, only the limits on bytes really inflated stand between the bomb and memory.
    name: "the three-parts zip, read with no limit on the ratio",
    file: "three-parts.zip",
    build: async () => {},
    format: "archive",
    limits: { maxRatio: 1e9 },
    refusal: /^This entry unpacks to more than 200 MB, more than the importer reads from one file/,
  },
  {
    name: "the many-parts zip, read with no limit on the ratio",
    file: "many-parts.zip",
    build: async () => {},
    format: "archive",
    limits: { maxRatio: 1e9, maxKeptBytes: 200 * MB },
    refusal: /^The files the importer reads from this archive unpack to more than 200 MB together/,
  },
];

// Peak memory is read from /proc (Linux, as in the Dockerfile and CI).
describe.skipIf(!existsSync("/proc/self/status"))("peak memory of refused archive bombs", () => {
  let dir = "";
  const results = new Map<string, Measured>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "chancery-bombs-"));
    for (const bomb of CASES) await bomb.build(path.join(dir, bomb.file));
    // Two processes at a time: each one's peak is its own, whatever runs beside it.
    for (let i = 0; i < CASES.length; i += 2) {
      await Promise.all(
        CASES.slice(i, i + 2).map(async (bomb) =>
          results.set(bomb.name, await measure(path.join(dir, bomb.file), bomb.format, bomb.limits)),
        ),
      );
    }
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(CASES.map((bomb) => [bomb.name, bomb] as const))(
    `%s is refused with the right message, peak RSS below ${BOUND_MB} MB`,
    (_, bomb) => {
      const measured = results.get(bomb.name)!;
      expect(measured.fileMb).toBeLessThan(2);
      expect(measured.ok).toBe(false);
      expect(measured.problem?.message).toMatch(bomb.refusal);
      expect(measured.problem?.message).not.toMatch(/damaged/);
      expect(measured.peakRssMb).toBeLessThan(BOUND_MB);
    },
  );
});
