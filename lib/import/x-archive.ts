/**
 * Reads the `data/tweets.js` file of an X (Twitter) archive, as X's
 * "Download an archive of your data" produces it:
 *   window.YTD.tweets.part0 = [ { "tweet": { "id_str": "…", … } }, … ]
 * Every record is validated; one invalid record rejects the whole file so
 * that a half-understood export never reaches the store.
 */
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { message, type Message } from "../messages";
import { issueMessage } from "./issues";
import { archiveKindOf, readArchiveEntries } from "./archive";
import type { ExportIdentity, ImportProblem, ImportRecord, ParseResult, SkippedRecord } from "./types";

/** Larger files are refused before they are read (X splits big archives into parts). */
export const X_ARCHIVE_MAX_BYTES = 200 * 1024 * 1024;

export interface XArchiveOptions {
  /** The account's handle, used to build each post's public URL and to name it in self-replies and self-quotes. */
  authorHandle?: string;
  /** The account's X user id when it is known (stored), to recognise replies to itself by in_reply_to_user_id_str. */
  ownPlatformUserId?: string | null;
  maxBytes?: number;
}

// Older archives name the part "tweet", newer ones "tweets".
const ASSIGNMENT = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*/;
const TWEET_PARTS = new Set(["tweets", "tweet"]);
const RETWEET_PREFIX = /^RT @([A-Za-z0-9_]{1,50}):/;
/**
 * A link to a status: https://twitter.com/<user>/status/<id> (also x.com,
 * www., mobile., m., the old "#!/" form, and "?s=20"-style queries), or
 * /i/web/status/<id> and /i/status/<id>, which name no user. A link to a
 * status's photo or video (/photo/1) is the media of that status, not a quote.
 */
const STATUS_URL =
  /^https?:\/\/(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com\/(?:#!\/)?(?:i\/web|i|([A-Za-z0-9_]{1,50}))\/status(?:es)?\/(\d{1,25})\/?(?:[?#].*)?$/i;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// "Wed Aug 09 10:05:00 +0000 2017"
const CREATED_AT =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** The archive's created_at as a Date, or null when it is not a real moment in that format. */
export function parseXDate(value: string): Date | null {
  const m = CREATED_AT.exec(value);
  if (!m) return null;
  const [, mon, dd, hh, mi, ss, sign, oh, om, yyyy] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const month = MONTHS.indexOf(mon);
  if (month < 0) return null;
  const [year, day, hour, minute, second] = [yyyy, dd, hh, mi, ss].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
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
  .union([z.number().int().nonnegative(), z.string().regex(/^\d{1,15}$/, "importProblems.record.wholeNumberShort")])
  .transform((value) => Number(value));

const tweetSchema = z.object({
  id_str: z.string().regex(/^\d{1,25}$/, "importProblems.record.tweetId"),
  created_at: z.string().refine((value) => parseXDate(value) != null, "importProblems.record.xDate"),
  full_text: z.string(),
  lang: z.string().max(35).nullish(),
  in_reply_to_screen_name: z.string().nullish(),
  in_reply_to_status_id_str: z.string().regex(/^\d+$/).nullish(),
  in_reply_to_user_id_str: z.string().regex(/^\d+$/).nullish(),
  is_quote_status: z.union([z.boolean(), z.enum(["true", "false"])]).nullish(),
  quoted_status_permalink: z.object({ expanded: z.string().nullish() }).nullish(),
  entities: z
    .object({
      // id_str is "-1" for a mentioned account that no longer exists.
      user_mentions: z.array(z.object({ screen_name: z.string().min(1), id_str: z.string().nullish() })).nullish(),
      urls: z.array(z.object({ expanded_url: z.string().nullish() })).nullish(),
    })
    .nullish(),
  favorite_count: count.nullish(),
  retweet_count: count.nullish(),
});

export type Tweet = z.infer<typeof tweetSchema>;

const wrapperSchema = z.object({ tweet: z.unknown() });

function problem(index: number | null, field: string | null, message: Message): ImportProblem {
  return { index, field, ...message };
}

/** Who the parser knows the account to be, from the options and the archive itself. */
export interface OwnAccount {
  /** The account's handle, given to self-replies and self-quotes (null when nothing names it). */
  handle: string | null;
  /** Handles the account is known by (current and archive's), lower-case. */
  handles: ReadonlySet<string>;
  /** The account's X user ids: the stored one and the archive's data/account.js one. */
  userIds: ReadonlySet<string>;
  /** Ids of the tweets in the archive: all the account's own. */
  tweetIds: ReadonlySet<string>;
}

export function ownAccount(
  options: XArchiveOptions,
  tweetIds: ReadonlySet<string>,
  identity: ExportIdentity | null = null,
): OwnAccount {
  const handle = options.authorHandle?.replace(/^@/, "") || identity?.handle || null;
  const handles = new Set([handle, identity?.handle].filter((h): h is string => !!h).map((h) => h.toLowerCase()));
  const userIds = new Set([options.ownPlatformUserId, identity?.platformUserId].filter((id): id is string => !!id));
  return { handle, handles, userIds, tweetIds };
}

/**
 * Whose post a tweet quotes, from the expanded URLs it links to. Archives'
 * tweets.js carries neither is_quote_status nor quoted_status_permalink: a
 * quote is a link to a status of another tweet (not the tweet itself, not the
 * one it replies to). A link to one of the account's own statuses is a
 * self-quote; an /i/web/status link to a status not in the archive names no
 * user, so only the quoted post's id is kept. A link to another account wins
 * over a self-quote.
 */
export function quoteOfLinks(
  links: readonly (string | null | undefined)[],
  tweet: { id: string; inReplyToStatusId: string | null },
  own: OwnAccount,
): { quotedHandle: string | null; quotedPostId: string | null } {
  let selfQuote: { quotedHandle: string | null; quotedPostId: string | null } | null = null;
  for (const link of links) {
    const m = link ? STATUS_URL.exec(link.trim()) : null;
    if (!m) continue;
    const [, user, statusId] = m as unknown as [string, string | undefined, string];
    if (statusId === tweet.id || statusId === tweet.inReplyToStatusId) continue;
    const isOwn = own.tweetIds.has(statusId) || (user != null && own.handles.has(user.toLowerCase()));
    if (isOwn) selfQuote ??= { quotedHandle: own.handle ?? user ?? null, quotedPostId: null };
    else return { quotedHandle: user ?? null, quotedPostId: statusId };
  }
  // No link left: the quoted tweet is gone (deleted or withheld), whose it was is unknown, so it counts as an original.
  return selfQuote ?? { quotedHandle: null, quotedPostId: null };
}

function quoteOf(tweet: Tweet, own: OwnAccount): { quotedHandle: string | null; quotedPostId: string | null } {
  const links = [tweet.quoted_status_permalink?.expanded, ...(tweet.entities?.urls ?? []).map((u) => u.expanded_url)];
  return quoteOfLinks(links, { id: tweet.id_str, inReplyToStatusId: tweet.in_reply_to_status_id_str ?? null }, own);
}

/**
 * Whom a tweet replies to. in_reply_to_screen_name is often missing while
 * in_reply_to_user_id_str is set: the account's own id (or a reply to one of
 * the archive's own tweets) is a self-reply; another id is named by the
 * mention with that id when there is one, else kept as the id.
 */
function replyOf(
  tweet: Tweet,
  own: OwnAccount,
): { replyToHandle: string | null; replyToPlatformUserId: string | null } {
  const userId = tweet.in_reply_to_user_id_str || null;
  const screenName = tweet.in_reply_to_screen_name || null;
  const statusId = tweet.in_reply_to_status_id_str || null;
  if (!userId && !screenName && !statusId) return { replyToHandle: null, replyToPlatformUserId: null };
  const toSelf = (userId != null && own.userIds.has(userId)) || (statusId != null && own.tweetIds.has(statusId));
  if (toSelf && (own.handle ?? screenName))
    return { replyToHandle: own.handle ?? screenName, replyToPlatformUserId: null };
  if (screenName) return { replyToHandle: screenName, replyToPlatformUserId: null };
  const mentioned = userId ? tweet.entities?.user_mentions?.find((mention) => mention.id_str === userId) : undefined;
  if (mentioned) return { replyToHandle: mentioned.screen_name, replyToPlatformUserId: null };
  // A reply to a status whose author the archive does not name at all cannot be told from an original.
  return { replyToHandle: null, replyToPlatformUserId: userId };
}

export function toRecord(tweet: Tweet, options: XArchiveOptions, own: OwnAccount): ImportRecord | { skip: string } {
  const text = decodeHtmlEntities(tweet.full_text);
  let repostOfHandle: string | null = null;
  const retweet = RETWEET_PREFIX.exec(text);
  if (retweet) repostOfHandle = retweet[1]!;
  // "RT @" without a readable handle: the retweeted tweet's author is gone. Plain "RT this…" is an original.
  else if (text.startsWith("RT @")) return { skip: "retweet of a deleted tweet" };
  const language = tweet.lang && tweet.lang !== "und" ? tweet.lang : null;
  const mentions = (tweet.entities?.user_mentions ?? []).map((mention) => mention.screen_name);
  const reply = repostOfHandle ? { replyToHandle: null, replyToPlatformUserId: null } : replyOf(tweet, own);
  const quote = repostOfHandle ? { quotedHandle: null, quotedPostId: null } : quoteOf(tweet, own);
  return {
    platformId: tweet.id_str,
    postedAt: parseXDate(tweet.created_at)!,
    text,
    language,
    replyToHandle: reply.replyToHandle,
    quotedHandle: quote.quotedHandle,
    repostOfHandle,
    mentions,
    likeCount: tweet.favorite_count ?? null,
    // Archives do not carry reply counts.
    replyCount: null,
    repostCount: tweet.retweet_count ?? null,
    url: options.authorHandle ? `https://x.com/${options.authorHandle.replace(/^@/, "")}/status/${tweet.id_str}` : null,
    ...(reply.replyToPlatformUserId ? { replyToPlatformUserId: reply.replyToPlatformUserId } : {}),
    ...(quote.quotedPostId && !quote.quotedHandle ? { quotedPostId: quote.quotedPostId } : {}),
  };
}

/** What a value is, for importProblems.xArchive.notAList ("array" reads "an array"). */
function describeType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

type ValidTweets =
  | { ok: true; read: number; tweets: { index: number; tweet: Tweet }[] }
  | { ok: false; read: number; errors: ImportProblem[] };

/** The validated tweets of a tweets.js text, in file order, or every problem. */
function readTweets(content: string, options: XArchiveOptions): ValidTweets {
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  if (content.length > maxBytes || Buffer.byteLength(content, "utf8") > maxBytes) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.tooLarge", sizeParams(maxBytes)))],
    };
  }
  const body = content.replace(/^\uFEFF/, "");
  const assignment = ASSIGNMENT.exec(body);
  if (!assignment) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.notTweetsJs"))],
    };
  }
  if (!TWEET_PARTS.has(assignment[1]!)) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.notTweets", { holds: assignment[1]! }))],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(body.slice(assignment[0].length).replace(/;\s*$/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.tweetsNotJson", { detail }))],
    };
  }
  if (!Array.isArray(data)) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.notAList", { found: describeType(data) }))],
    };
  }

  const errors: ImportProblem[] = [];
  const tweets: { index: number; tweet: Tweet }[] = [];
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
        errors.push(problem(index, field, issueMessage(issue)));
      }
      return;
    }
    const earlier = firstIndexById.get(parsed.data.id_str);
    if (earlier != null) {
      // Two versions of one tweet: which counts would be right is unknowable, so the file is refused.
      errors.push(
        problem(
          index,
          `${prefix}id_str`,
          message("importProblems.record.duplicateOfRecord", { earlier, id: parsed.data.id_str }),
        ),
      );
      return;
    }
    firstIndexById.set(parsed.data.id_str, index);
    tweets.push({ index, tweet: parsed.data });
  });

  if (errors.length > 0) return { ok: false, read: data.length, errors };
  return { ok: true, read: data.length, tweets };
}

function recordsOf(tweets: readonly { index: number; tweet: Tweet }[], options: XArchiveOptions, own: OwnAccount) {
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  for (const { index, tweet } of tweets) {
    const record = toRecord(tweet, options, own);
    if ("skip" in record) skipped.push({ index, platformId: tweet.id_str, reason: record.skip });
    else records.push(record);
  }
  return { records, skipped };
}

/**
 * Parses the text of a tweets.js file. Never throws: problems come back as
 * errors. A tweets.js alone names no account (that is data/account.js), so
 * no identity is reported.
 */
export function parseXArchiveTweets(content: string, options: XArchiveOptions = {}): ParseResult {
  const valid = readTweets(content, options);
  if (!valid.ok) return valid;
  const own = ownAccount(options, new Set(valid.tweets.map((t) => t.tweet.id_str)));
  return { ok: true, read: valid.read, ...recordsOf(valid.tweets, options, own) };
}

/** Reads and parses a tweets.js file, refusing oversized files before reading them. */
export async function readXArchiveTweets(filePath: string, options: XArchiveOptions = {}): Promise<ParseResult> {
  const maxBytes = options.maxBytes ?? X_ARCHIVE_MAX_BYTES;
  const info = await stat(filePath);
  if (!info.isFile()) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.notAFile", { path: filePath }))],
    };
  }
  if (info.size > maxBytes) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, null, message("importProblems.xArchive.tooLarge", sizeParams(maxBytes)))],
    };
  }
  return parseXArchiveTweets(await readFile(filePath, "utf8"), options);
}

/** A limit as importProblems.xArchive.tooLarge words it: in MB from one MB up, else in bytes. */
function sizeParams(bytes: number): { unit: "mb" | "bytes"; amount: number } {
  return bytes >= 1024 * 1024
    ? { unit: "mb", amount: Math.round(bytes / (1024 * 1024)) }
    : { unit: "bytes", amount: bytes };
}

// data/tweets.js, data/tweets-part1.js, … (and data/tweet.js in older archives), at the root or in one top folder.
const TWEET_ENTRY = /^(?:[^/]+\/)?data\/tweets?(?:-part(\d+))?\.js$/;
const ACCOUNT_ENTRY = /^(?:[^/]+\/)?data\/account\.js$/;

const accountFileSchema = z
  .array(
    z.object({
      account: z.object({
        accountId: z.string().regex(/^\d{1,25}$/, "importProblems.record.accountId"),
        username: z.string().min(1).nullish(),
      }),
    }),
  )
  .min(1, "importProblems.record.expectedAccount");

/**
 * The archive's own account from data/account.js:
 *   window.YTD.account.part0 = [ { "account": { "accountId": "…", "username": "…", … } } ]
 */
export function identityOfAccountJs(
  content: string,
): { ok: true; identity: ExportIdentity } | { ok: false; errors: ImportProblem[] } {
  const body = content.replace(/^\uFEFF/, "");
  const assignment = ASSIGNMENT.exec(body);
  if (!assignment || assignment[1] !== "account") {
    return { ok: false, errors: [problem(null, null, message("importProblems.xArchive.notAccountJs"))] };
  }
  let data: unknown;
  try {
    data = JSON.parse(body.slice(assignment[0].length).replace(/;\s*$/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [problem(null, null, message("importProblems.xArchive.accountNotJson", { detail }))] };
  }
  const parsed = accountFileSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => problem(null, issue.path.join(".") || null, issueMessage(issue))),
    };
  const { accountId, username } = parsed.data[0]!.account;
  return { ok: true, identity: { platformUserId: accountId, handle: username ?? null } };
}

/**
 * The whole archive .zip as X delivers it: every tweets part is read and the
 * records joined; the same tweet in two parts refuses the archive. The
 * archive's data/account.js names its account: its accountId is reported as
 * the identity and, with the stored id, recognises replies to oneself.
 */
export function parseXArchiveZip(bytes: Uint8Array, options: XArchiveOptions = {}): ParseResult {
  if (archiveKindOf("archive.zip", bytes) !== "zip")
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.archive.notZip"))] };
  const archive = readArchiveEntries(bytes, "zip", (name) => TWEET_ENTRY.test(name) || ACCOUNT_ENTRY.test(name));
  if (!archive.ok) return { ok: false, read: 0, errors: archive.errors };
  const names = [...archive.entries.keys()];
  const parts = names
    .filter((name) => TWEET_ENTRY.test(name))
    .sort((a, b) => Number(TWEET_ENTRY.exec(a)?.[1] ?? 0) - Number(TWEET_ENTRY.exec(b)?.[1] ?? 0));
  if (parts.length === 0)
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.xArchive.noTweetsInZip"))] };
  const errors: ImportProblem[] = [];
  let identity: ExportIdentity | null = null;
  const accountFile = names.find((name) => ACCOUNT_ENTRY.test(name));
  if (accountFile) {
    const account = identityOfAccountJs(new TextDecoder().decode(archive.entries.get(accountFile)));
    if (account.ok) identity = account.identity;
    // Whose archive it is decides whether it may be imported: an unreadable account.js is not guessed around.
    else errors.push(...account.errors.map((e) => ({ ...e, file: accountFile })));
  }
  const tweets: { index: number; tweet: Tweet }[] = [];
  const partOfId = new Map<string, string>();
  let read = 0;
  for (const part of parts) {
    const result = readTweets(new TextDecoder().decode(archive.entries.get(part)), options);
    read += result.read;
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, file: part })));
      continue;
    }
    for (const { tweet } of result.tweets) {
      const earlier = partOfId.get(tweet.id_str);
      if (earlier)
        errors.push({
          index: null,
          field: "id_str",
          file: part,
          ...message("importProblems.record.tweetInTwoParts", { id: tweet.id_str, earlier }),
        });
      else partOfId.set(tweet.id_str, part);
    }
    tweets.push(...result.tweets);
  }
  if (errors.length > 0) return { ok: false, read, errors };
  const own = ownAccount(options, new Set(partOfId.keys()), identity);
  return { ok: true, read, ...recordsOf(tweets, options, own), identity };
}
