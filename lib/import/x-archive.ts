/**
 * Reads the `data/tweets.js` file of an X (Twitter) archive, as X's
 * "Download an archive of your data" produces it:
 *   window.YTD.tweets.part0 = [ { "tweet": { "id_str": "…", … } }, … ]
 * Every record is validated; one invalid record rejects the whole file so
 * that a half-understood export never reaches the store.
 */
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { archiveKindOf, readArchiveEntries } from "./archive";
import type { ImportProblem, ImportRecord, ParseResult, SkippedRecord } from "./types";

/** Larger files are refused before they are read (X splits big archives into parts). */
export const X_ARCHIVE_MAX_BYTES = 200 * 1024 * 1024;

export interface XArchiveOptions {
  /** The account's handle, used to build each post's public URL. */
  authorHandle?: string;
  maxBytes?: number;
}

// Older archives name the part "tweet", newer ones "tweets".
const ASSIGNMENT = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*/;
const TWEET_PARTS = new Set(["tweets", "tweet"]);
const RETWEET_PREFIX = /^RT @([A-Za-z0-9_]{1,50}):/;
const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/\d+/i;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// "Wed Aug 09 10:05:00 +0000 2017"
const CREATED_AT = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** The archive's created_at as a Date, or null when it is not a real moment in that format. */
export function parseXDate(value: string): Date | null {
  const m = CREATED_AT.exec(value);
  if (!m) return null;
  const [, mon, dd, hh, mi, ss, sign, oh, om, yyyy] = m as unknown as [string, string, string, string, string, string, string, string, string, string];
  const month = MONTHS.indexOf(mon);
  if (month < 0) return null;
  const [year, day, hour, minute, second] = [yyyy, dd, hh, mi, ss].map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month, day, hour, minute, second);
  const probe = new Date(utc);
  // Date.UTC rolls "Feb 31" over into March: refuse instead.
  if (probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return new Date(utc - offsetMinutes * 60_000);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Archives keep the HTML escaping of the web client; one pass so "&amp;lt;" stays "&lt;". */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

const count = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d{1,15}$/, "expected a whole number")])
  .transform((value) => Number(value));

const tweetSchema = z.object({
  id_str: z.string().regex(/^\d{1,25}$/, "expected the tweet id as a string of digits"),
  created_at: z.string().refine((value) => parseXDate(value) != null, 'expected a date like "Wed Aug 09 10:05:00 +0000 2017"'),
  full_text: z.string(),
  lang: z.string().max(35).nullish(),
  in_reply_to_screen_name: z.string().nullish(),
  in_reply_to_status_id_str: z.string().regex(/^\d+$/).nullish(),
  is_quote_status: z.union([z.boolean(), z.enum(["true", "false"])]).nullish(),
  quoted_status_permalink: z.object({ expanded: z.string().nullish() }).nullish(),
  entities: z
    .object({
      user_mentions: z.array(z.object({ screen_name: z.string().min(1) })).nullish(),
      urls: z.array(z.object({ expanded_url: z.string().nullish() })).nullish(),
    })
    .nullish(),
  favorite_count: count.nullish(),
  retweet_count: count.nullish(),
});

type Tweet = z.infer<typeof tweetSchema>;

const wrapperSchema = z.object({ tweet: z.unknown() });

function problem(index: number | null, field: string | null, message: string): ImportProblem {
  return { index, field, message };
}

function quotedHandleOf(tweet: Tweet): string | null {
  const quoted = tweet.is_quote_status === true || tweet.is_quote_status === "true" || tweet.quoted_status_permalink != null;
  if (!quoted) return null;
  const candidates = [tweet.quoted_status_permalink?.expanded, ...(tweet.entities?.urls ?? []).map((u) => u.expanded_url)];
  for (const candidate of candidates) {
    const m = candidate ? STATUS_URL.exec(candidate) : null;
    if (m) return m[1]!;
  }
  // The quoted tweet is gone (deleted or withheld): whose it was is unknown, so it counts as an original.
  return null;
}

function toRecord(tweet: Tweet, options: XArchiveOptions): ImportRecord | { skip: string } {
  const text = decodeHtmlEntities(tweet.full_text);
  let repostOfHandle: string | null = null;
  const retweet = RETWEET_PREFIX.exec(text);
  if (retweet) repostOfHandle = retweet[1]!;
  // "RT @" without a readable handle: the retweeted tweet's author is gone. Plain "RT this…" is an original.
  else if (text.startsWith("RT @")) return { skip: "retweet of a deleted tweet" };
  const language = tweet.lang && tweet.lang !== "und" ? tweet.lang : null;
  const mentions = (tweet.entities?.user_mentions ?? []).map((mention) => mention.screen_name);
  return {
    platformId: tweet.id_str,
    postedAt: parseXDate(tweet.created_at)!,
    text,
    language,
    replyToHandle: repostOfHandle ? null : tweet.in_reply_to_screen_name || null,
    quotedHandle: repostOfHandle ? null : quotedHandleOf(tweet),
    repostOfHandle,
    mentions,
    likeCount: tweet.favorite_count ?? null,
    // Archives do not carry reply counts.
    replyCount: null,
    repostCount: tweet.retweet_count ?? null,
    url: options.authorHandle ? `https://x.com/${options.authorHandle.replace(/^@/, "")}/status/${tweet.id_str}` : null,
  };
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

/** Parses the text of a tweets.js file. Never throws: problems come back as errors. */
export function parseXArchiveTweets(content: string, options: XArchiveOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  if (content.length > maxBytes || Buffer.byteLength(content, "utf8") > maxBytes) {
    return { ok: false, read: 0, errors: [problem(null, null, `The file is larger than ${formatBytes(maxBytes)}; import the archive's parts one by one.`)] };
  }
  const body = content.replace(/^\uFEFF/, "");
  const assignment = ASSIGNMENT.exec(body);
  if (!assignment) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, 'This is not an X archive\'s data/tweets.js: it should start with "window.YTD.tweets.part0 = [".')],
    };
  }
  if (!TWEET_PARTS.has(assignment[1]!)) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, `This X archive file holds "${assignment[1]}", not tweets: import data/tweets.js.`)],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(body.slice(assignment[0].length).replace(/;\s*$/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, read: 0, errors: [problem(null, null, `The tweets after "window.YTD…=" are not valid JSON (${detail}).`)] };
  }
  if (!Array.isArray(data)) {
    return { ok: false, read: 0, errors: [problem(null, null, `Expected a list of tweets after "window.YTD…=", found ${describeType(data)}.`)] };
  }

  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const firstIndexById = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    // Older archives list bare tweet objects; newer ones wrap each in { "tweet": … }.
    const wrapped = wrapperSchema.safeParse(item);
    const raw = wrapped.success ? wrapped.data.tweet : item;
    const prefix = wrapped.success ? "tweet." : "";
    const parsed = tweetSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `${prefix}${issue.path.join(".")}` : prefix.replace(/\.$/, "") || null;
        errors.push(problem(index, field, issue.message));
      }
      return;
    }
    const earlier = firstIndexById.get(parsed.data.id_str);
    if (earlier != null) {
      // Two versions of one tweet: which counts would be right is unknowable, so the file is refused.
      errors.push(problem(index, `${prefix}id_str`, `duplicates the id of record[${earlier}] (${parsed.data.id_str})`));
      return;
    }
    firstIndexById.set(parsed.data.id_str, index);
    const record = toRecord(parsed.data, options);
    if ("skip" in record) skipped.push({ index, platformId: parsed.data.id_str, reason: record.skip });
    else records.push(record);
  });

  if (errors.length > 0) return { ok: false, read: data.length, errors };
  return { ok: true, read: data.length, records, skipped };
}

/** Reads and parses a tweets.js file, refusing oversized files before reading them. */
export async function readXArchiveTweets(filePath: string, options: XArchiveOptions = {}): Promise<ParseResult> {
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  const info = await stat(filePath);
  if (!info.isFile()) {
    return { ok: false, read: 0, errors: [problem(null, null, `${filePath} is not a file: pass the archive's data/tweets.js.`)] };
  }
  if (info.size > maxBytes) {
    return { ok: false, read: 0, errors: [problem(null, null, `The file is larger than ${formatBytes(maxBytes)}; import the archive's parts one by one.`)] };
  }
  return parseXArchiveTweets(await readFile(filePath, "utf8"), options);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} bytes`;
}

// data/tweets.js, data/tweets-part1.js, … (and data/tweet.js in older archives), at the root or in one top folder.
const TWEET_ENTRY = /^(?:[^/]+\/)?data\/tweets?(?:-part(\d+))?\.js$/;

/**
 * The whole archive .zip as X delivers it: every tweets part is read and the
 * records joined; the same tweet in two parts refuses the archive.
 */
export function parseXArchiveZip(bytes: Uint8Array, options: XArchiveOptions = {}): ParseResult {
  if (archiveKindOf("archive.zip", bytes) !== "zip") return { ok: false, read: 0, errors: [problem(null, null, "This is not a zip file.")] };
  const archive = readArchiveEntries(bytes, "zip", (name) => TWEET_ENTRY.test(name));
  if (!archive.ok) return { ok: false, read: 0, errors: archive.errors };
  const parts = [...archive.entries.keys()].sort((a, b) => Number(TWEET_ENTRY.exec(a)?.[1] ?? 0) - Number(TWEET_ENTRY.exec(b)?.[1] ?? 0));
  if (parts.length === 0) return { ok: false, read: 0, errors: [problem(null, null, "This zip holds no data/tweets.js: is it an X archive?")] };
  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const partOfId = new Map<string, string>();
  let read = 0;
  for (const part of parts) {
    const result = parseXArchiveTweets(new TextDecoder().decode(archive.entries.get(part)), options);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, file: part })));
      read += result.read;
      continue;
    }
    for (const record of result.records) {
      const earlier = partOfId.get(record.platformId);
      if (earlier) errors.push({ index: null, field: "id_str", file: part, message: `tweet ${record.platformId} is also in ${earlier}` });
      else partOfId.set(record.platformId, part);
    }
    records.push(...result.records);
    skipped.push(...result.skipped);
    read += result.read;
  }
  if (errors.length > 0) return { ok: false, read, errors };
  return { ok: true, read, records, skipped };
}
