/**
 * Reads chosen files out of an uploaded archive (.zip, .tar.gz, .tar) in
 * memory, never onto disk, within fixed bounds: the bytes actually
 * decompressed are counted (headers can lie: a zip bomb declares small sizes),
 * and entry names that would escape a folder, links and device files are
 * refused. A damaged archive is a problem to report, never a crash.
 */
import { Gunzip, Unzip, UnzipInflate, type UnzipFile } from "fflate";
import type { ImportProblem } from "./types";

export interface ArchiveLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 300 * 1024 * 1024,
};

export type ArchiveKind = "zip" | "tar.gz" | "tar";

export type ArchiveResult = { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; errors: ImportProblem[] };

const CHUNK = 64 * 1024;

class ArchiveLimitError extends Error {
  constructor(
    message: string,
    readonly file: string | null = null,
  ) {
    super(message);
  }
}

function problem(message: string, file: string | null = null): ImportProblem {
  return { index: null, field: null, file, message };
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

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

/** Why an entry name may not be used, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes("\0")) return "its name contains a NUL character";
  if (name.includes("\\")) return "its name contains a backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "its name is an absolute path";
  if (name.split("/").some((part) => part === "..")) return 'its name climbs out of the archive ("..")';
  return null;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function readZip(bytes: Uint8Array, want: (path: string) => boolean, limits: ArchiveLimits): ArchiveResult {
  const entries = new Map<string, Uint8Array>();
  const names: string[] = [];
  const errors: ImportProblem[] = [];
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    names.push(file.name);
    if (names.length > limits.maxEntries) throw new ArchiveLimitError(`The archive has more than ${limits.maxEntries.toLocaleString("en")} entries.`);
    if (file.name.endsWith("/") || !want(file.name)) return;
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) {
      errors.push(problem(`This entry is refused: ${unsafe}.`, file.name));
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      errors.push(problem(`This entry uses a compression method (${file.compression}) that cannot be read; re-create the zip with standard compression.`, file.name));
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) throw new ArchiveLimitError(`This entry is damaged: ${error.message}`, file.name);
      size += data.byteLength;
      total += data.byteLength;
      if (size > limits.maxEntryBytes) throw new ArchiveLimitError(`This entry unpacks to more than ${megabytes(limits.maxEntryBytes)}.`, file.name);
      if (total > limits.maxTotalBytes) throw new ArchiveLimitError(`The archive unpacks to more than ${megabytes(limits.maxTotalBytes)}.`, file.name);
      chunks.push(data);
      if (final) entries.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
      unzip.push(bytes.subarray(offset, Math.min(offset + CHUNK, bytes.byteLength)), offset + CHUNK >= bytes.byteLength);
    }
  } catch (error) {
    if (error instanceof ArchiveLimitError) return { ok: false, errors: [problem(error.message, error.file)] };
    return { ok: false, errors: [problem(`The zip file is damaged or incomplete (${error instanceof Error ? error.message : String(error)}).`)] };
  }
  if (errors.length > 0) return { ok: false, errors };
  // A wanted entry that started but never finished means the file was cut short.
  if (names.length === 0) return { ok: false, errors: [problem("The zip file is damaged or incomplete: no entry could be read.")] };
  return { ok: true, entries, names };
}

function gunzip(bytes: Uint8Array, limits: ArchiveLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Gunzip((data) => {
    size += data.byteLength;
    if (size > limits.maxTotalBytes) throw new ArchiveLimitError(`The archive unpacks to more than ${megabytes(limits.maxTotalBytes)}.`);
    chunks.push(data);
  });
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
    stream.push(bytes.subarray(offset, Math.min(offset + CHUNK, bytes.byteLength)), offset + CHUNK >= bytes.byteLength);
  }
  return concat(chunks, size);
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

function readTar(bytes: Uint8Array, want: (path: string) => boolean, limits: ArchiveLimits): ArchiveResult {
  const entries = new Map<string, Uint8Array>();
  const names: string[] = [];
  const errors: ImportProblem[] = [];
  let offset = 0;
  let longName: string | null = null;
  let total = 0;
  while (offset + 512 <= bytes.byteLength) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const checksum = octal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    if (checksum === null || checksum !== sum) return { ok: false, errors: [problem(`The tar archive is damaged: a header at byte ${offset} has a wrong checksum.`)] };
    const size = octal(header, 124, 12) ?? 0;
    const type = String.fromCharCode(header[156]!);
    const prefix = field(header, 257, 6) === "ustar" ? field(header, 345, 155) : "";
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    const dataStart = offset + 512;
    const dataEnd = dataStart + size;
    if (dataEnd > bytes.byteLength) return { ok: false, errors: [problem("The tar archive is incomplete: it ends inside an entry.", name)] };
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (type === "x" || type === "L") {
      const data = bytes.subarray(dataStart, dataEnd);
      longName = type === "L" ? field(data, 0, data.byteLength) : paxPath(data);
      continue;
    }
    if (type === "g") continue;
    names.push(name);
    if (names.length > limits.maxEntries) return { ok: false, errors: [problem(`The archive has more than ${limits.maxEntries.toLocaleString("en")} entries.`)] };
    if (type === "5" || !want(name)) continue;
    const unsafe = unsafeEntryName(name);
    if (unsafe) {
      errors.push(problem(`This entry is refused: ${unsafe}.`, name));
      continue;
    }
    if (type !== "0" && type !== "\0" && type !== "7") {
      errors.push(problem("This entry is a link or a special file, not a regular file, and is refused.", name));
      continue;
    }
    if (size > limits.maxEntryBytes) return { ok: false, errors: [problem(`This entry unpacks to more than ${megabytes(limits.maxEntryBytes)}.`, name)] };
    total += size;
    if (total > limits.maxTotalBytes) return { ok: false, errors: [problem(`The archive unpacks to more than ${megabytes(limits.maxTotalBytes)}.`, name)] };
    entries.set(name, bytes.slice(dataStart, dataEnd));
  }
  if (errors.length > 0) return { ok: false, errors };
  if (names.length === 0) return { ok: false, errors: [problem("The tar archive is empty or not a tar archive.")] };
  return { ok: true, entries, names };
}

/**
 * The entries `want` accepts, decompressed; every entry name is listed. All
 * problems, or the entries: never both.
 */
export function readArchiveEntries(bytes: Uint8Array, kind: ArchiveKind, want: (path: string) => boolean, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveResult {
  try {
    if (kind === "zip") return readZip(bytes, want, limits);
    if (kind === "tar") return readTar(bytes, want, limits);
    return readTar(gunzip(bytes, limits), want, limits);
  } catch (error) {
    if (error instanceof ArchiveLimitError) return { ok: false, errors: [problem(error.message, error.file)] };
    return { ok: false, errors: [problem(`The archive is damaged or incomplete (${error instanceof Error ? error.message : String(error)}).`)] };
  }
}

/** The entry that ends with `suffix`, at the archive's root or inside one top folder ("twitter-2017/data/tweets.js"). */
export function findEntry(names: readonly string[], suffix: string): string | null {
  return names.find((name) => name === suffix || (name.endsWith(`/${suffix}`) && name.split("/").length === suffix.split("/").length + 1)) ?? null;
}
