/**
 * Which export a file is, decided from its bytes first and its name second,
 * so that staff can drop whatever their platform gave them; and the one place
 * that hands a file to the parser for its format.
 */
import { message } from "../messages";
import { archiveKindOf } from "./archive";
import { csvKindOfHeader } from "./csv-templates";
import { parsePostsCsv } from "./csv-posts";
import { parseBlueskyAuthorFeed, parseBlueskyRepo } from "./bluesky";
import { FEED_ROOTS, parseFeed, xmlRootName } from "./feed";
import { parseMastodonExport, parseMastodonOutbox } from "./mastodon";
import type { ImportProblem, ParseOptions, ParseResult } from "./types";
import { parseXArchiveTweets, parseXArchiveZip } from "./x-archive";
import {
  GRAILBIRD_ASSIGNMENT,
  isTweetsCsvHeader,
  OLD_ARCHIVE_MARKERS,
  parseGrailbirdMonth,
  parseTweetsCsv,
  parseXLegacyArchiveZip,
} from "./x-archive-legacy";

export const POST_FORMATS = [
  "x-archive",
  "x-archive-zip",
  "x-tweets-csv",
  "x-grailbird",
  "x-archive-legacy-zip",
  "mastodon-outbox",
  "mastodon-export",
  "feed",
  "bluesky-feed",
  "bluesky-repo",
  "posts-csv",
] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

export const DIRECTORY_TARGETS = ["missions", "accounts", "snapshots"] as const;
export type DirectoryTarget = (typeof DIRECTORY_TARGETS)[number];

export type ImportTarget = "posts" | DirectoryTarget;

export type DetectedFormat =
  { target: "posts"; format: PostFormat } | { target: DirectoryTarget; format: `${DirectoryTarget}-csv` };

/** What the upload screen lists as importable, in this order. */
export const SUPPORTED_FORMATS = [
  "x-archive",
  "x-archive-zip",
  "x-archive-legacy-zip",
  "x-tweets-csv",
  "x-grailbird",
  "mastodon-outbox",
  "mastodon-export",
  "feed",
  "bluesky-feed",
  "bluesky-repo",
  "posts-csv",
  "missions-csv",
  "accounts-csv",
  "snapshots-csv",
] as const;

/** Uploads and files on the command line larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: false });
const utf16le = new TextDecoder("utf-16le", { fatal: false });
const utf16be = new TextDecoder("utf-16be", { fatal: false });

/** UTF-8 unless a byte-order mark says UTF-16 (some feed tools on Windows write it). */
function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be;
  return utf8;
}

/** The first bytes as text, without a byte-order mark, for sniffing. */
function head(bytes: Uint8Array, length = 4096): string {
  return decoderFor(bytes)
    .decode(bytes.subarray(0, length))
    .replace(/^\uFEFF/, "");
}

export function decodeText(bytes: Uint8Array): string {
  return decoderFor(bytes)
    .decode(bytes)
    .replace(/^\uFEFF/, "");
}

/** How far into a file the root element of a feed is looked for: comments and instructions before it can be long. */
const XML_PROLOG_BYTES = 256 * 1024;

/** Whether the bytes contain the ASCII text (zip entry names are stored uncompressed). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** What the entry names of an X archive's tweets contain: data/tweets.js, data/tweets-part1.js, data/tweet.js, data/tweet-part1.js. */
const X_TWEET_NAMES = ["tweets.js", "tweet.js", "tweets-part", "tweet-part"];

/** The export format of a file, or a problem saying what was expected. */
export function detectFormat(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; detected: DetectedFormat } | { ok: false; errors: ImportProblem[] } {
  const archive = archiveKindOf(fileName, bytes);
  // The pre-2018 archive: Grailbird month files data/js/tweets/YYYY_MM.js and tweets.csv at the root (never data/tweets.js).
  if (
    archive === "zip" &&
    OLD_ARCHIVE_MARKERS.some((name) => containsAscii(bytes, name)) &&
    !containsAscii(bytes, "data/tweets")
  ) {
    return { ok: true, detected: { target: "posts", format: "x-archive-legacy-zip" } };
  }
  // An archive split in parts may hold only data/tweets-part1.js, … (tweet-part1.js in older ones).
  if (archive === "zip" && X_TWEET_NAMES.some((name) => containsAscii(bytes, name)))
    return { ok: true, detected: { target: "posts", format: "x-archive-zip" } };
  if (archive && containsAscii(bytes, "outbox.json"))
    return { ok: true, detected: { target: "posts", format: "mastodon-export" } };
  // A gzip archive hides its entry names until it is unpacked: Mastodon exports are the only .tar.gz read here.
  if (archive === "tar.gz") return { ok: true, detected: { target: "posts", format: "mastodon-export" } };
  if (archive) {
    return { ok: false, errors: [{ index: null, field: null, ...message("importProblems.formats.unknownArchive") }] };
  }
  // A CAR file starts with a small DAG-CBOR header naming its "roots" and "version".
  const carHeader = Buffer.from(bytes.subarray(0, 64)).toString("latin1");
  if (
    fileName.toLowerCase().endsWith(".car") ||
    (carHeader.includes("roots") && carHeader.includes("version") && bytes[0]! < 0x80)
  ) {
    return { ok: true, detected: { target: "posts", format: "bluesky-repo" } };
  }
  const start = head(bytes).trimStart();
  if (/^[[{]/.test(start) && /"feed"\s*:/.test(start) && /app\.bsky|"did:/.test(start))
    return { ok: true, detected: { target: "posts", format: "bluesky-feed" } };
  if (start.startsWith("{") && /"orderedItems"|"OrderedCollection"/.test(start))
    return { ok: true, detected: { target: "posts", format: "mastodon-outbox" } };
  // A DOCTYPE is let through here so that the feed parser can refuse it with its reason.
  if (start.startsWith("<") && FEED_ROOTS.has(xmlRootName(head(bytes, XML_PROLOG_BYTES)) ?? ""))
    return { ok: true, detected: { target: "posts", format: "feed" } };
  if (/^window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=/.test(start))
    return { ok: true, detected: { target: "posts", format: "x-archive" } };
  if (GRAILBIRD_ASSIGNMENT.test(start)) return { ok: true, detected: { target: "posts", format: "x-grailbird" } };
  const name = fileName.toLowerCase();
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (isTweetsCsvHeader(firstLine)) return { ok: true, detected: { target: "posts", format: "x-tweets-csv" } };
  const csvKind = csvKindOfHeader(start.slice(0, start.search(/\r?\n|$/)));
  if (csvKind === "posts") return { ok: true, detected: { target: "posts", format: "posts-csv" } };
  if (csvKind) return { ok: true, detected: { target: csvKind, format: `${csvKind}-csv` } };
  const hint = name.endsWith(".js") ? "js" : name.endsWith(".csv") ? "csv" : "none";
  return {
    ok: false,
    errors: [
      {
        index: null,
        field: null,
        ...message("importProblems.formats.unknownFile", { fileName, hint }),
      },
    ],
  };
}

/** Parses a file in the format detectFormat found. */
export async function parseExport(
  detected: DetectedFormat & { target: "posts" },
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ParseResult> {
  switch (detected.format) {
    case "x-archive":
      return parseXArchiveTweets(decodeText(bytes), options);
    case "x-archive-zip":
      return parseXArchiveZip(bytes, options);
    case "x-tweets-csv":
      return parseTweetsCsv(decodeText(bytes), options);
    case "x-grailbird":
      return parseGrailbirdMonth(decodeText(bytes), options);
    case "x-archive-legacy-zip":
      return parseXLegacyArchiveZip(bytes, options);
    case "mastodon-outbox":
      return parseMastodonOutbox(decodeText(bytes), options);
    case "mastodon-export":
      return parseMastodonExport(bytes, "export", options);
    case "feed":
      return parseFeed(decodeText(bytes), options);
    case "bluesky-feed":
      return parseBlueskyAuthorFeed(decodeText(bytes), options);
    case "bluesky-repo":
      return parseBlueskyRepo(bytes, options);
    case "posts-csv":
      return parsePostsCsv(decodeText(bytes), options);
  }
}
