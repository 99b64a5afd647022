/**
 * Reads chosen files out of an uploaded archive (.zip, .tar.gz, .tar) in
 * memory, never onto disk, within fixed bounds on the bytes actually
 * decompressed (headers can lie: a zip bomb declares small sizes).
 *
 * The archive is streamed twice. The first pass keeps nothing: it checks every
 * entry's name (names that would escape a folder are refused wherever they
 * are), counts every entry and the bytes inflated, and measures the entries a
 * parser wants. Only an archive that passes is read a second time, into
 * buffers of the exact sizes measured, so a refused archive never holds its
 * data. Entries nobody wants (a Mastodon export's media) are counted and
 * skipped as they stream past, never kept. A damaged archive is a problem to
 * report, never a crash.
 */
import { Gunzip, Unzip, UnzipInflate, type UnzipFile } from "fflate";
import type { ImportProblem } from "./types";
import { message, type Message } from "../messages";

export interface ArchiveLimits {
  /** Entries of any kind. */
  maxEntries: number;
  /** Bytes inflated in all: a tar.gz is inflated whole, skipped entries included, to reach its entries; a zip's skipped entries are never inflated. */
  maxTotalBytes: number;
  /** One entry a parser reads: no more than a parser takes as a plain file. */
  maxEntryBytes: number;
  /** All the entries a parser reads, together. */
  maxKeptBytes: number;
  /**
   * How many times its packed size an entry a parser reads may unpack to, and
   * how many times the archive's size all of them together may, beyond their
   * first MB (exports of text pack 5 to 20 times; a bomb about 1,000 times).
   */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 200 * 1024 * 1024,
  maxKeptBytes: 300 * 1024 * 1024,
  maxRatio: 100,
};

/** An entry smaller than this is not judged by its compression ratio (a small JSON file can pack very well). */
const RATIO_FLOOR = 1024 * 1024;

export type ArchiveKind = "zip" | "tar.gz" | "tar";

export type ArchiveResult =
  { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; errors: ImportProblem[] };

/**
 * Input is pushed in pieces this size: one piece of a bomb inflates to at most
 * about 1,000 times it (4 MB), and fflate hands that out at once. Larger pieces
 * leave more inflated garbage for the collector: refusing the 1 GB bombs of the
 * memory test peaks at about 165 MB with 4 KB pieces, 225 MB with 16 KB and
 * 305 MB with 64 KB, and the smaller pieces cost a legitimate 150 MB entry 0.2 s.
 */
const CHUNK = 4 * 1024;

/** A PAX or GNU long-name header larger than this is not a name. */
const MAX_META_BYTES = 1024 * 1024;

// Each refusal says what is wrong, then what to do (importProblems.archive.*).
function problem(message: Message, file: string | null = null): ImportProblem {
  return { index: null, field: null, file, ...message };
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which archive the bytes are, by their signature first and the file name second. */
export function archiveKindOf(fileName: string, bytes: Uint8Array): ArchiveKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "tar.gz";
  if (bytes.length > 262 && new TextDecoder().decode(bytes.subarray(257, 262)) === "ustar") return "tar";
  const name = fileName.toLowerCase();
  if (name.endsWith(".zip")) return "zip";
  if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) return "tar.gz";
  if (name.endsWith(".tar")) return "tar";
  return null;
}

/** Why an entry name may not be used (importProblems.archive.unsafeEntry's reason), or null when it is a plain relative path. */
export function unsafeEntryName(
  name: string,
): { reason: "nul" | "backslash" | "absolute" | "climbs"; start: string } | null {
  if (name.includes("\0")) return { reason: "nul", start: "" };
  if (name.includes("\\")) return { reason: "backslash", start: "" };
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
    return { reason: "absolute", start: name.startsWith("/") ? "/" : name.slice(0, 2) };
  if (name.split("/").some((part) => part === "..")) return { reason: "climbs", start: "" };
  return null;
}

/**
 * One pass over an archive. Without `sizes` it keeps nothing and measures the
 * wanted entries; with the sizes the first pass measured it fills buffers of
 * exactly those sizes.
 */
class Pass {
  readonly names: string[] = [];
  readonly problems: ImportProblem[] = [];
  readonly sizes: number[] = [];
  readonly entries = new Map<string, Uint8Array>();
  /** The problem that stopped reading: a limit passed or damage found. */
  stop: ImportProblem | null = null;
  /** Compressed bytes handed to the decompressor so far, and where the piece being handed began. */
  pushed = 0;
  pieceStart = 0;
  private total = 0;
  private kept = 0;
  private readonly openedNames = new Set<string>();

  constructor(
    private readonly want: (path: string) => boolean,
    readonly limits: ArchiveLimits,
    /** The archive's own size, packed. */
    private readonly archiveBytes: number,
    private readonly keepSizes: readonly number[] | null,
  ) {}

  halt(message: Message, file: string | null = null): void {
    this.stop ??= problem(message, file);
  }

  /** Every entry: counted, its name checked. Whether it is read is decided by `wanted`. */
  entry(name: string): boolean {
    this.names.push(name);
    if (this.names.length > this.limits.maxEntries) {
      this.halt(message("importProblems.archive.tooManyEntries", { max: this.limits.maxEntries }));
      return false;
    }
    const unsafe = unsafeEntryName(name);
    if (unsafe) this.problems.push(problem(message("importProblems.archive.unsafeEntry", unsafe), name));
    return !unsafe;
  }

  wanted(name: string): boolean {
    return !name.endsWith("/") && this.want(name);
  }

  refuse(message: Message, name: string): void {
    this.problems.push(problem(message, name));
  }

  /** Bytes inflated, wanted or not. */
  inflated(bytes: number): void {
    this.total += bytes;
    if (this.total > this.limits.maxTotalBytes) {
      this.halt(message("importProblems.archive.totalTooLarge", { megabytes: megabytes(this.limits.maxTotalBytes) }));
    }
  }

  /** A wanted entry begins; `declared` is its size when the format states it truthfully (tar). */
  open(name: string, declared: number | null): WantedEntry | null {
    if (this.openedNames.has(name)) {
      this.refuse(message("importProblems.archive.duplicateEntry"), name);
      return null;
    }
    this.openedNames.add(name);
    if (declared !== null && !this.fits(name, declared, null)) return null;
    const slot = this.sizes.length;
    this.sizes.push(-1);
    const size = this.keepSizes?.[slot];
    const start = Math.max(0, this.pieceStart - CHUNK);
    return new WantedEntry(this, name, slot, start, this.keepSizes ? new Uint8Array(size ?? 0) : null);
  }

  /** Whether an entry of `size` bytes so far stays within the limits on what is kept. */
  fits(name: string, size: number, start: number | null): boolean {
    const { maxEntryBytes, maxKeptBytes, maxRatio } = this.limits;
    const kept = this.kept + size;
    if (size > maxEntryBytes) {
      this.halt(message("importProblems.archive.entryTooLarge", { megabytes: megabytes(maxEntryBytes) }), name);
    } else if (kept > maxKeptBytes) {
      this.halt(message("importProblems.archive.keptTooLarge", { megabytes: megabytes(maxKeptBytes) }), name);
    } else if (start !== null && size > RATIO_FLOOR && size > maxRatio * (this.pushed - start)) {
      this.halt(message("importProblems.archive.entryRatio", { ratio: maxRatio }), name);
    } else if (kept > RATIO_FLOOR && kept > maxRatio * this.archiveBytes) {
      // Many small entries, each below the floor, can still add up to a bomb.
      this.halt(message("importProblems.archive.archiveRatio", { ratio: maxRatio }), name);
    }
    return this.stop === null;
  }

  close(entry: WantedEntry): void {
    this.sizes[entry.slot] = entry.size;
    this.kept += entry.size;
    if (entry.buffer) {
      if (entry.size !== entry.buffer.byteLength)
        this.halt(message("importProblems.archive.changedWhileRead"), entry.name);
      else this.entries.set(entry.name, entry.buffer);
    }
  }

  get unfinished(): boolean {
    return this.sizes.some((size) => size < 0);
  }
}

class WantedEntry {
  size = 0;
  constructor(
    private readonly pass: Pass,
    readonly name: string,
    readonly slot: number,
    private readonly start: number,
    readonly buffer: Uint8Array | null,
  ) {}

  data(chunk: Uint8Array): boolean {
    const size = this.size + chunk.byteLength;
    if (!this.pass.fits(this.name, size, this.start)) return false;
    if (this.buffer) {
      if (size > this.buffer.byteLength) {
        this.pass.halt(message("importProblems.archive.changedWhileRead"), this.name);
        return false;
      }
      this.buffer.set(chunk, this.size);
    }
    this.size = size;
    return true;
  }
}

/** Hands `bytes` to `push` piece by piece until the pass stops. */
function feed(bytes: Uint8Array, pass: Pass, push: (piece: Uint8Array, final: boolean) => void): void {
  if (bytes.byteLength === 0) push(bytes, true);
  for (let offset = 0; offset < bytes.byteLength && !pass.stop; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, bytes.byteLength);
    pass.pieceStart = offset;
    pass.pushed = end;
    push(bytes.subarray(offset, end), end === bytes.byteLength);
  }
}

function zipPass(bytes: Uint8Array, pass: Pass): ImportProblem | null {
  const unzip = new Unzip((file: UnzipFile) => {
    if (pass.stop || !pass.entry(file.name) || !pass.wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      pass.refuse(message("importProblems.archive.compression", { method: file.compression }), file.name);
      return;
    }
    const entry = pass.open(file.name, null);
    if (!entry) return;
    // Never throw in here: fflate would hand the error back to this callback as damage
    // ("This entry is damaged: This entry unpacks to more than 300 MB"). terminate() does
    // nothing for the synchronous inflater; what stops inflating is that feed() pushes no
    // more input once the pass has stopped, so at most one 4 KB piece inflates past a limit.
    file.ondata = (error, data, final) => {
      if (pass.stop) return;
      if (error) return pass.halt(message("importProblems.archive.entryDamaged", { detail: error.message }), file.name);
      pass.inflated(data.byteLength);
      if (pass.stop || !entry.data(data)) return file.terminate();
      if (final) pass.close(entry);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    feed(bytes, pass, (piece, final) => unzip.push(piece, final));
  } catch (error) {
    return problem(message("importProblems.archive.zipDamaged", { detail: detailOf(error) }));
  }
  if (pass.stop) return pass.stop;
  if (pass.names.length === 0) return problem(message("importProblems.archive.zipNoEntry"));
  if (pass.unfinished) return problem(message("importProblems.archive.zipCutOff"));
  return null;
}

const decoder = new TextDecoder("utf-8");

function field(block: Uint8Array, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return decoder.decode(end === -1 ? raw : raw.subarray(0, end));
}

function octal(block: Uint8Array, start: number, length: number): number | null {
  const text = field(block, start, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : null;
}

/** Path records of a PAX extended header ("27 path=some/long/name\n"). */
function paxPath(data: Uint8Array): string | null {
  const text = decoder.decode(data);
  for (const line of text.split("\n")) {
    const match = /^\d+ path=(.*)$/.exec(line);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * A tar parsed as its bytes arrive: 512-byte headers, then each entry's data,
 * which is kept (wanted), gathered (a long name) or let pass (anything else).
 */
class TarStream {
  private readonly header = new Uint8Array(512);
  private headerFill = 0;
  /** Bytes of the current entry's data still to come, then of padding to the next header. */
  private remaining = 0;
  private padding = 0;
  private current: WantedEntry | null = null;
  private meta: { type: string; data: Uint8Array; fill: number } | null = null;
  private longName: string | null = null;
  private offset = 0;
  ended = false;

  constructor(private readonly pass: Pass) {}

  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.byteLength && !this.ended && !this.pass.stop) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.byteLength - at);
        const piece = chunk.subarray(at, at + take);
        if (this.current) this.current.data(piece);
        else if (this.meta) {
          this.meta.data.set(piece, this.meta.fill);
          this.meta.fill += take;
        }
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.entryDone();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.byteLength - at);
        this.padding -= take;
        at += take;
      } else {
        const take = Math.min(512 - this.headerFill, chunk.byteLength - at);
        this.header.set(chunk.subarray(at, at + take), this.headerFill);
        this.headerFill += take;
        at += take;
        if (this.headerFill === 512) {
          this.headerFill = 0;
          this.readHeader();
          this.offset += 512;
        }
      }
    }
  }

  /** Why the stream cannot end here, or null. */
  end(): Message | null {
    if (this.ended) return null;
    if (this.remaining > 0 || this.headerFill > 0) return message("importProblems.archive.tarCutOff");
    return null;
  }

  private entryDone(): void {
    if (this.current) this.pass.close(this.current);
    if (this.meta) {
      const data = this.meta.data;
      this.longName = this.meta.type === "L" ? field(data, 0, data.byteLength) : paxPath(data);
    }
    this.current = null;
    this.meta = null;
  }

  private readHeader(): void {
    const header = this.header;
    if (header.every((b) => b === 0)) {
      this.ended = true;
      return;
    }
    const checksum = octal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    if (checksum === null || checksum !== sum)
      return this.pass.halt(message("importProblems.archive.tarChecksum", { offset: this.offset }));
    const size = octal(header, 124, 12) ?? 0;
    const type = String.fromCharCode(header[156]!);
    const prefix = field(header, 257, 6) === "ustar" ? field(header, 345, 155) : "";
    const name = this.longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    this.longName = null;
    this.remaining = size;
    this.padding = (512 - (size % 512)) % 512;
    this.offset += size + this.padding;
    if (type === "x" || type === "L") {
      if (size > MAX_META_BYTES) return this.pass.halt(message("importProblems.archive.tarHeaderTooLarge"));
      this.meta = { type, data: new Uint8Array(size), fill: 0 };
      if (size === 0) this.entryDone();
      return;
    }
    if (type === "g" || !this.pass.entry(name) || type === "5" || !this.pass.wanted(name)) return;
    if (type !== "0" && type !== "\0" && type !== "7")
      return this.pass.refuse(message("importProblems.archive.notRegularFile"), name);
    this.current = this.pass.open(name, size);
    if (this.current && size === 0) this.entryDone();
  }
}

function tarPass(bytes: Uint8Array, pass: Pass, gzipped: boolean): ImportProblem | null {
  const tar = new TarStream(pass);
  try {
    if (gzipped) {
      const gunzip = new Gunzip((data) => {
        if (pass.stop || tar.ended) return;
        pass.inflated(data.byteLength);
        if (!pass.stop) tar.push(data);
      });
      feed(bytes, pass, (piece, final) => {
        // Past the tar's end marker nothing more is needed: stop inflating.
        if (!tar.ended) gunzip.push(piece, final);
      });
    } else {
      feed(bytes, pass, (piece) => tar.push(piece));
    }
  } catch (error) {
    return problem(message("importProblems.archive.damaged", { detail: detailOf(error) }));
  }
  if (pass.stop) return pass.stop;
  const cut = tar.end();
  if (cut) return problem(cut);
  if (pass.names.length === 0) return problem(message("importProblems.archive.tarEmpty"));
  return null;
}

function runPass(bytes: Uint8Array, kind: ArchiveKind, pass: Pass): ImportProblem | null {
  return kind === "zip" ? zipPass(bytes, pass) : tarPass(bytes, pass, kind === "tar.gz");
}

/**
 * The entries `want` accepts, decompressed; every entry name is listed. All
 * problems, or the entries: never both.
 */
export function readArchiveEntries(
  bytes: Uint8Array,
  kind: ArchiveKind,
  want: (path: string) => boolean,
  limits: Partial<ArchiveLimits> = {},
): ArchiveResult {
  const bounds = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  try {
    const count = new Pass(want, bounds, bytes.byteLength, null);
    const stopped = runPass(bytes, kind, count);
    if (stopped) return { ok: false, errors: [stopped] };
    if (count.problems.length > 0) return { ok: false, errors: count.problems };
    if (count.sizes.length === 0) return { ok: true, entries: new Map(), names: count.names };
    const keep = new Pass(want, bounds, bytes.byteLength, count.sizes);
    const failed = runPass(bytes, kind, keep);
    if (failed) return { ok: false, errors: [failed] };
    return { ok: true, entries: keep.entries, names: keep.names };
  } catch (error) {
    return { ok: false, errors: [problem(message("importProblems.archive.damaged", { detail: detailOf(error) }))] };
  }
}

/** The entry that ends with `suffix`, at the archive's root or inside one top folder ("twitter-2017/data/tweets.js"). */
export function findEntry(names: readonly string[], suffix: string): string | null {
  return (
    names.find(
      (name) =>
        name === suffix || (name.endsWith(`/${suffix}`) && name.split("/").length === suffix.split("/").length + 1),
    ) ?? null
  );
}
