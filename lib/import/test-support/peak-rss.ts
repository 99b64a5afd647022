// Test and bench helper, run as its own process:
//   node --import tsx peak-rss.ts <file> <x|mastodon>          through the format's parser, as an upload is read
//   node --import tsx peak-rss.ts <file> archive '<limits>'    readArchiveEntries alone, every entry wanted
// Prints whether the file was refused, the first problem and the process's peak
// resident memory (VmHWM), as one line of JSON.
import { readFileSync } from "node:fs";
import path from "node:path";
import { archiveKindOf, readArchiveEntries, type ArchiveLimits } from "../archive";
import { parseMastodonExport } from "../mastodon";
import { wordedProblem } from "../problem-text";
import type { ImportProblem } from "../types";
import { parseXArchiveZip } from "../x-archive";

function peakRssMb(): number {
  const line = readFileSync("/proc/self/status", "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Math.round(Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) / 1024);
}

const [file, format, limits] = process.argv.slice(2);
if (!file || (format !== "x" && format !== "mastodon" && format !== "archive"))
  throw new Error("usage: peak-rss.ts <file> <x|mastodon|archive> [limits JSON]");
const before = peakRssMb();
// The file as read, not copied (scripts/import.ts copies it once more; the route gathers an upload's chunks, then copies them).
const bytes: Uint8Array = readFileSync(file);
const started = performance.now();
function readArchive(): { ok: true } | { ok: false; errors: ImportProblem[] } {
  const kind = archiveKindOf(file!, bytes);
  if (!kind) throw new Error(`${file} is not an archive`);
  return readArchiveEntries(bytes, kind, () => true, JSON.parse(limits ?? "{}") as Partial<ArchiveLimits>);
}
const result =
  format === "x"
    ? parseXArchiveZip(bytes)
    : format === "mastodon"
      ? parseMastodonExport(bytes, path.basename(file))
      : readArchive();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ ok: result.ok, problem: result.ok || !result.errors[0] ? null : wordedProblem(result.errors[0]), fileMb: +(bytes.byteLength / 1024 / 1024).toFixed(2), baselineMb: before, peakRssMb: peakRssMb(), seconds: +seconds.toFixed(2) })}\n`,
);
