/**
 * Which export a file is, decided from its bytes first and its name second,
 * so that staff can drop whatever their platform gave them; and the one place
 * that hands a file to the parser for its format.
 */
import { csvKindOfHeader } from "./csv-templates";
import { parsePostsCsv } from "./csv-posts";
import type { ImportProblem, ParseOptions, ParseResult } from "./types";
import { parseXArchiveTweets } from "./x-archive";

export const POST_FORMATS = ["x-archive", "posts-csv"] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

export const DIRECTORY_TARGETS = ["missions", "accounts", "snapshots"] as const;
export type DirectoryTarget = (typeof DIRECTORY_TARGETS)[number];

export type ImportTarget = "posts" | DirectoryTarget;

export type DetectedFormat =
  | { target: "posts"; format: PostFormat }
  | { target: DirectoryTarget; format: `${DirectoryTarget}-csv` };

/** What the upload screen lists as importable, in this order. */
export const SUPPORTED_FORMATS = ["x-archive", "posts-csv", "missions-csv", "accounts-csv", "snapshots-csv"] as const;

/** Uploads and files on the command line larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: false });

/** The first bytes as text, without a byte-order mark, for sniffing. */
function head(bytes: Uint8Array, length = 4096): string {
  return decoder.decode(bytes.subarray(0, length)).replace(/^\uFEFF/, "");
}

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes).replace(/^\uFEFF/, "");
}

/** The export format of a file, or a problem saying what was expected. */
export function detectFormat(fileName: string, bytes: Uint8Array): { ok: true; detected: DetectedFormat } | { ok: false; errors: ImportProblem[] } {
  const start = head(bytes).trimStart();
  if (/^window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=/.test(start)) return { ok: true, detected: { target: "posts", format: "x-archive" } };
  const name = fileName.toLowerCase();
  const csvKind = csvKindOfHeader(start.slice(0, start.search(/\r?\n|$/)));
  if (csvKind === "posts") return { ok: true, detected: { target: "posts", format: "posts-csv" } };
  if (csvKind) return { ok: true, detected: { target: csvKind, format: `${csvKind}-csv` } };
  let hint = "";
  if (name.endsWith(".js")) hint = " An X archive's tweets.js starts with “window.YTD.tweets.part0 =”.";
  else if (name.endsWith(".csv")) hint = " A CSV file needs the header row of one of the templates (missions, accounts, snapshots or posts).";
  return {
    ok: false,
    errors: [
      {
        index: null,
        field: null,
        message: `“${fileName}” is not a format Chancery can import.${hint}`,
      },
    ],
  };
}

/** Parses a file in the format detectFormat found. */
export async function parseExport(detected: DetectedFormat & { target: "posts" }, bytes: Uint8Array, options: ParseOptions): Promise<ParseResult> {
  switch (detected.format) {
    case "x-archive":
      return parseXArchiveTweets(decodeText(bytes), options);
    case "posts-csv":
      return parsePostsCsv(decodeText(bytes), options);
  }
}
