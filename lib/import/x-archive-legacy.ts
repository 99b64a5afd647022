/**
 * Reads the X (Twitter) archive as it was delivered before 2018:
 *   - tweets.csv at the archive's root: "tweet_id","in_reply_to_status_id",
 *     "in_reply_to_user_id","timestamp","source","text","retweeted_status_id",
 *     "retweeted_status_user_id","retweeted_status_timestamp","expanded_urls";
 *   - the Grailbird month files data/js/tweets/YYYY_MM.js:
 *     Grailbird.data.tweets_2013_05 = [ { API v1.1 tweet }, … ];
 *   - data/js/user_details.js, which names the account (its id and screen_name);
 *   - the whole archive .zip holding all of these (plus index.html, css/, img/).
 * Every tweet is turned into the new archive's tweet shape and mapped by
 * x-archive.ts's toRecord, so one mapping and one classifier judge both, and a
 * tweet gets the same platformId (its id_str) from an old and a new archive.
 * Numeric ids in Grailbird files lose precision in JSON: only id_str is read.
 */
import { z } from "zod";
import { message, type Message } from "../messages";
import { issueMessage } from "./issues";
import { archiveKindOf, readArchiveEntries } from "./archive";
import { parseCsv, rowProblem, type CsvColumn } from "./csv";
import type { ExportIdentity, ImportProblem, ImportRecord, ParseResult, SkippedRecord } from "./types";
import {
  decodeHtmlEntities,
  ownAccount,
  toRecord,
  X_ARCHIVE_MAX_BYTES,
  type OwnAccount,
  type Tweet,
  type XArchiveOptions,
} from "./x-archive";

/** The header of an old archive's tweets.csv, in its order. */
export const TWEETS_CSV_COLUMNS = [
  "tweet_id",
  "in_reply_to_status_id",
  "in_reply_to_user_id",
  "timestamp",
  "source",
  "text",
  "retweeted_status_id",
  "retweeted_status_user_id",
  "retweeted_status_timestamp",
  "expanded_urls",
] as const;

const CSV_COLUMNS: CsvColumn[] = TWEETS_CSV_COLUMNS.map((name) => ({
  name,
  required: ["tweet_id", "timestamp", "text"].includes(name),
}));

/** Whether a header line is the old archive's tweets.csv header (quoted or not). */
export function isTweetsCsvHeader(line: string): boolean {
  const names = line
    .replace(/^\uFEFF/, "")
    .split(",")
    .map((name) => name.trim().replace(/^"|"$/g, "").toLowerCase());
  return (
    names[0] === "tweet_id" &&
    names.includes("timestamp") &&
    names.includes("text") &&
    names.includes("retweeted_status_id")
  );
}

/** "Grailbird.data.tweets_2013_05 = [" at the start of a month file. */
export const GRAILBIRD_ASSIGNMENT = /^\s*Grailbird\.data\.(tweets_\d{4}_\d{2})\s*=\s*/;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
// "2013-05-01 12:34:56 +0000" (Grailbird and tweets.csv); some Grailbird files use the API's "Wed May 01 12:34:56 +0000 2013".
const LEGACY_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ?([+-])(\d{2}):?(\d{2})$/;
const API_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/;

/** An old archive's timestamp as a Date, or null when it is not a real moment. */
export function parseLegacyDate(value: string): Date | null {
  const m = LEGACY_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second, , oh, om] = m.slice(1).map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const probe = new Date(utc);
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month! - 1 || hour! > 23 || minute! > 59 || second! > 59)
    return null;
  const offsetMinutes = (m[7] === "-" ? -1 : 1) * (oh! * 60 + om!);
  return new Date(utc - offsetMinutes * 60_000);
}

/** The new archive's created_at ("Wed May 01 12:34:56 +0000 2013") for a moment, in UTC. */
function apiDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000 ${date.getUTCFullYear()}`;
}

function toApiDate(value: string): string | null {
  if (API_DATE.test(value.trim())) return value.trim();
  const date = parseLegacyDate(value);
  return date ? apiDate(date) : null;
}

function problem(index: number | null, field: string | null, message: Message, file?: string): ImportProblem {
  return file ? { index, field, ...message, file } : { index, field, ...message };
}

const digits = z.string().regex(/^\d{1,25}$/, "importProblems.record.digitsId");
const optionalDigits = z
  .union([digits, z.literal("")])
  .nullish()
  .transform((value) => value || null);

const userSchema = z.object({ id_str: optionalDigits, screen_name: z.string().nullish() });

const grailbirdTweetSchema = z.object({
  id_str: digits,
  created_at: z.string().refine((value) => toApiDate(value) != null, "importProblems.record.legacyDate"),
  text: z.string(),
  lang: z.string().max(35).nullish(),
  in_reply_to_status_id_str: optionalDigits,
  in_reply_to_user_id_str: optionalDigits,
  in_reply_to_screen_name: z.string().nullish(),
  entities: z
    .object({
      user_mentions: z.array(z.object({ screen_name: z.string().min(1), id_str: z.string().nullish() })).nullish(),
      urls: z.array(z.object({ expanded_url: z.string().nullish() })).nullish(),
    })
    .nullish(),
  retweeted_status: z
    .object({ id_str: optionalDigits, user: userSchema.nullish(), lang: z.string().max(35).nullish() })
    .nullish(),
  user: userSchema.nullish(),
});

type GrailbirdTweet = z.infer<typeof grailbirdTweetSchema>;

/** One old-archive tweet, as x-archive.ts reads a tweet, plus who it retweets. */
interface LegacyTweet {
  tweet: Tweet;
  retweet: { userId: string | null; handle: string | null } | null;
  /** The tweet's author as a Grailbird file names it (user.id_str, user.screen_name): the archive's own account. */
  author?: ExportIdentity | null;
}

/**
 * The record for a legacy tweet: x-archive.ts's toRecord, with the retweet
 * the old archive states outright (retweeted_status, retweeted_status_id)
 * rather than only by an "RT @x:" text. A retweet of the account's own tweet
 * names the account.
 */
function legacyRecord(
  { tweet, retweet }: LegacyTweet,
  options: XArchiveOptions,
  own: OwnAccount,
): ImportRecord | { skip: string } {
  const record = toRecord(tweet, options, own);
  if (!retweet) return record;
  const ownRetweet = retweet.userId != null && own.userIds.has(retweet.userId);
  const handle =
    (ownRetweet ? own.handle : null) ?? retweet.handle ?? ("skip" in record ? null : record.repostOfHandle);
  if (!handle) return "skip" in record ? record : { skip: "retweet of a deleted tweet" };
  if ("skip" in record) {
    // "RT @" without a readable handle, but the archive names the retweeted account.
    return {
      ...toRecord(
        { ...tweet, full_text: `RT @${handle}: ${tweet.full_text.replace(/^RT @\S*\s*/, "")}` },
        options,
        own,
      ),
      text: decodeHtmlEntities(tweet.full_text),
    } as ImportRecord;
  }
  const { replyToPlatformUserId: _reply, quotedPostId: _quote, ...rest } = record;
  return { ...rest, repostOfHandle: handle, replyToHandle: null, quotedHandle: null };
}

function fromGrailbird(tweet: GrailbirdTweet): LegacyTweet {
  const retweeted = tweet.retweeted_status;
  return {
    tweet: {
      id_str: tweet.id_str,
      created_at: toApiDate(tweet.created_at)!,
      full_text: tweet.text,
      lang: tweet.lang ?? retweeted?.lang ?? null,
      in_reply_to_screen_name: tweet.in_reply_to_screen_name ?? null,
      in_reply_to_status_id_str: tweet.in_reply_to_status_id_str,
      in_reply_to_user_id_str: tweet.in_reply_to_user_id_str,
      entities: tweet.entities ?? null,
    },
    retweet: retweeted ? { userId: retweeted.user?.id_str ?? null, handle: retweeted.user?.screen_name || null } : null,
    author: tweet.user?.id_str ? { platformUserId: tweet.user.id_str, handle: tweet.user.screen_name || null } : null,
  };
}

const MENTION = /(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})\b/g;

const csvRowSchema = z.object({
  tweet_id: digits,
  in_reply_to_status_id: optionalDigits,
  in_reply_to_user_id: optionalDigits,
  timestamp: z.string().refine((value) => parseLegacyDate(value) != null, "importProblems.record.legacyDate"),
  text: z.string(),
  retweeted_status_id: optionalDigits,
  retweeted_status_user_id: optionalDigits,
  expanded_urls: z.string().nullish(),
});

function fromCsvRow(row: z.infer<typeof csvRowSchema>): LegacyTweet {
  // tweets.csv names no mentions: they are read from the text, as the web client linked them.
  const mentions = [...row.text.matchAll(MENTION)].map((m) => ({ screen_name: m[1]!, id_str: null }));
  const urls = (row.expanded_urls ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean)
    .map((expanded_url) => ({ expanded_url }));
  return {
    tweet: {
      id_str: row.tweet_id,
      created_at: apiDate(parseLegacyDate(row.timestamp)!),
      full_text: row.text,
      lang: null,
      in_reply_to_screen_name: null,
      in_reply_to_status_id_str: row.in_reply_to_status_id,
      in_reply_to_user_id_str: row.in_reply_to_user_id,
      entities: { user_mentions: mentions, urls },
    },
    // Only ids: the handle comes from the "RT @x:" text (or the account's own id).
    retweet:
      row.retweeted_status_id || row.retweeted_status_user_id
        ? { userId: row.retweeted_status_user_id, handle: null }
        : null,
  };
}

type Tweets =
  | { ok: true; read: number; tweets: { index: number; legacy: LegacyTweet }[] }
  | { ok: false; read: number; errors: ImportProblem[] };

function tooLarge(content: string, options: XArchiveOptions): ImportProblem | null {
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  if (content.length > maxBytes || Buffer.byteLength(content, "utf8") > maxBytes) {
    return problem(
      null,
      null,
      message("importProblems.fileTooLarge", { megabytes: Math.round(maxBytes / (1024 * 1024)) }),
    );
  }
  return null;
}

function readCsvTweets(content: string, options: XArchiveOptions): Tweets {
  const large = tooLarge(content, options);
  if (large) return { ok: false, read: 0, errors: [large] };
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  const csv = parseCsv(content, CSV_COLUMNS, { maxBytes, maxRows: 1_000_000 });
  if (!csv.ok) return { ok: false, read: 0, errors: csv.errors };
  const errors: ImportProblem[] = [];
  const tweets: { index: number; legacy: LegacyTweet }[] = [];
  for (const row of csv.rows) {
    const parsed = csvRowSchema.safeParse(row.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(rowProblem(row, issue.path.join(".") || "tweet_id", issueMessage(issue)));
      continue;
    }
    tweets.push({ index: row.index, legacy: fromCsvRow(parsed.data) });
  }
  if (errors.length > 0) return { ok: false, read: csv.rows.length, errors };
  return { ok: true, read: csv.rows.length, tweets };
}

function readGrailbirdMonth(content: string, options: XArchiveOptions): Tweets {
  const large = tooLarge(content, options);
  if (large) return { ok: false, read: 0, errors: [large] };
  const body = content.replace(/^\uFEFF/, "");
  const assignment = GRAILBIRD_ASSIGNMENT.exec(body);
  if (!assignment) {
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.xLegacy.notMonthFile"))] };
  }
  let data: unknown;
  try {
    data = JSON.parse(body.slice(assignment[0].length).replace(/;\s*$/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xLegacy.tweetsNotJson", { detail }))],
    };
  }
  if (!Array.isArray(data))
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.xLegacy.notAList"))] };
  const errors: ImportProblem[] = [];
  const tweets: { index: number; legacy: LegacyTweet }[] = [];
  data.forEach((item: unknown, index) => {
    const parsed = grailbirdTweetSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(problem(index, issue.path.join(".") || null, issueMessage(issue)));
      return;
    }
    tweets.push({ index, legacy: fromGrailbird(parsed.data) });
  });
  if (errors.length > 0) return { ok: false, read: data.length, errors };
  return { ok: true, read: data.length, tweets };
}

const userDetailsSchema = z.object({
  id: z.union([digits, z.number().int().nonnegative()]).optional(),
  id_str: digits.optional(),
  screen_name: z.string().min(1).nullish(),
});

/**
 * The account of an old archive from data/js/user_details.js:
 *   var user_details = { "screen_name" : "…", "full_name" : "…", "id" : "…", … }
 */
export function identityOfUserDetails(
  content: string,
): { ok: true; identity: ExportIdentity } | { ok: false; errors: ImportProblem[] } {
  const body = content.replace(/^\uFEFF/, "");
  const assignment = /^\s*var\s+user_details\s*=\s*/.exec(body);
  if (!assignment)
    return { ok: false, errors: [problem(null, null, message("importProblems.xLegacy.notUserDetails"))] };
  const json = body.slice(assignment[0].length).replace(/;\s*$/, "");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    try {
      // Some copies write the keys bare, as JavaScript allows: { id: "…", screen_name: "…" }.
      data = JSON.parse(json.replace(/([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/g, '$1"$2":'));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [problem(null, null, message("importProblems.xLegacy.accountNotJson", { detail }))] };
    }
  }
  const parsed = userDetailsSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => problem(null, issue.path.join(".") || null, issueMessage(issue))),
    };
  // A numeric id may have lost its last digits in JSON: only a string id is trusted.
  const id = parsed.data.id_str ?? (typeof parsed.data.id === "string" ? parsed.data.id : null);
  if (!id) return { ok: false, errors: [problem(null, "id", message("importProblems.record.accountId"))] };
  return { ok: true, identity: { platformUserId: id, handle: parsed.data.screen_name?.replace(/^@/, "") || null } };
}

/** Records of validated legacy tweets; the same tweet twice refuses the file. */
function finish(
  read: number,
  tweets: { index: number; legacy: LegacyTweet; file?: string }[],
  options: XArchiveOptions,
  identity: ExportIdentity | null,
): ParseResult {
  const errors: ImportProblem[] = [];
  const seen = new Map<string, string>();
  for (const { index, legacy, file } of tweets) {
    const earlier = seen.get(legacy.tweet.id_str);
    if (earlier != null)
      errors.push(
        problem(
          index,
          "id_str",
          message("importProblems.record.duplicateOf", { earlier, id: legacy.tweet.id_str }),
          file,
        ),
      );
    else seen.set(legacy.tweet.id_str, `${file ? `${file} ` : ""}record[${index}]`);
  }
  if (errors.length > 0) return { ok: false, read, errors };
  const own = ownAccount(options, new Set(seen.keys()), identity);
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  tweets.forEach(({ legacy }, position) => {
    const record = legacyRecord(legacy, options, own);
    // Indexes run through the whole export, month files one after the other.
    if ("skip" in record) skipped.push({ index: position, platformId: legacy.tweet.id_str, reason: record.skip });
    else records.push(record);
  });
  return { ok: true, read, records, skipped, ...(identity ? { identity } : {}) };
}

/** Parses an old archive's tweets.csv. It names no account: no identity is reported. */
export function parseTweetsCsv(content: string, options: XArchiveOptions = {}): ParseResult {
  const result = readCsvTweets(content, options);
  if (!result.ok) return result;
  return finish(result.read, result.tweets, options, null);
}

/**
 * The account a Grailbird file's tweets name as their author (each tweet's
 * user), when they all name the same one; null when none does or they differ.
 */
function authorOf(tweets: readonly { legacy: LegacyTweet }[]): ExportIdentity | null {
  const ids = new Set(tweets.map((t) => t.legacy.author?.platformUserId).filter((id): id is string => !!id));
  if (ids.size !== 1) return null;
  const [platformUserId] = ids as unknown as [string];
  const named = [...tweets]
    .reverse()
    .find((t) => t.legacy.author?.platformUserId === platformUserId && t.legacy.author.handle);
  return { platformUserId, handle: named?.legacy.author?.handle ?? null };
}

/** Parses one Grailbird month file, data/js/tweets/YYYY_MM.js; its tweets' user is the account reported as the identity. */
export function parseGrailbirdMonth(content: string, options: XArchiveOptions = {}): ParseResult {
  const result = readGrailbirdMonth(content, options);
  if (!result.ok) return result;
  return finish(result.read, result.tweets, options, authorOf(result.tweets));
}

const MONTH_ENTRY = /^(?:[^/]+\/)?data\/js\/tweets\/(\d{4})_(\d{2})\.js$/;
const USER_DETAILS_ENTRY = /^(?:[^/]+\/)?data\/js\/user_details\.js$/;
const CSV_ENTRY = /^(?:[^/]+\/)?tweets\.csv$/;

/** Whether a zip's entry names are those of an old archive (month files or tweets.csv). */
export const OLD_ARCHIVE_MARKERS = ["data/js/tweets/", "tweets.csv"];

/**
 * The whole old archive .zip: its Grailbird month files, which carry
 * entities and retweeted_status, or tweets.csv when it has none; the account
 * from data/js/user_details.js.
 */
export function parseXLegacyArchiveZip(bytes: Uint8Array, options: XArchiveOptions = {}): ParseResult {
  if (archiveKindOf("archive.zip", bytes) !== "zip")
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.archive.notZip"))] };
  const archive = readArchiveEntries(
    bytes,
    "zip",
    (name) => MONTH_ENTRY.test(name) || USER_DETAILS_ENTRY.test(name) || CSV_ENTRY.test(name),
  );
  if (!archive.ok) return { ok: false, read: 0, errors: archive.errors };
  const names = [...archive.entries.keys()];
  const decode = (name: string) => new TextDecoder().decode(archive.entries.get(name));
  const errors: ImportProblem[] = [];
  let identity: ExportIdentity | null = null;
  const details = names.find((name) => USER_DETAILS_ENTRY.test(name));
  if (details) {
    const account = identityOfUserDetails(decode(details));
    if (account.ok) identity = account.identity;
    else errors.push(...account.errors.map((e) => ({ ...e, file: details })));
  }
  const months = names.filter((name) => MONTH_ENTRY.test(name)).sort();
  const csv = names.find((name) => CSV_ENTRY.test(name));
  if (months.length === 0 && !csv)
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.xLegacy.noTweetsInZip"))] };
  const tweets: { index: number; legacy: LegacyTweet; file?: string }[] = [];
  let read = 0;
  const sources =
    months.length > 0
      ? months.map((name) => ({ name, result: readGrailbirdMonth(decode(name), options) }))
      : [{ name: csv!, result: readCsvTweets(decode(csv!), options) }];
  for (const { name, result } of sources) {
    read += result.read;
    if (!result.ok) errors.push(...result.errors.map((e) => ({ ...e, file: name })));
    else tweets.push(...result.tweets.map((t) => ({ ...t, file: name })));
  }
  if (errors.length > 0) return { ok: false, read, errors };
  return finish(read, tweets, options, identity ?? authorOf(tweets));
}
