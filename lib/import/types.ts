/**
 * The shapes every importer shares: a platform's export is parsed into
 * normalised records, which lib/import/import-posts.ts writes to the store.
 */
import type { Message } from "../messages";

/** One public post as read from an export, before kind and category are decided. */
export interface ImportRecord {
  /** The platform's own id of the post (unique per account). */
  platformId: string;
  postedAt: Date;
  text: string;
  /** BCP 47 language code, or null when the platform could not tell. */
  language: string | null;
  /** Handles without "@", as the platform spells them. */
  replyToHandle: string | null;
  quotedHandle: string | null;
  repostOfHandle: string | null;
  /** Handles mentioned in the post, without "@", in the order they appear. */
  mentions: string[];
  /**
   * A reply whose target the export names only by its platform user id (X's
   * in_reply_to_user_id_str without a screen name): that id, with
   * replyToHandle null. A parser that knows the id is the account's own sets
   * replyToHandle to the account's handle instead.
   */
  replyToPlatformUserId?: string | null;
  /**
   * A quote whose author the export does not name (an X link to
   * /i/web/status/<id>): the quoted post's id, with quotedHandle null. The
   * account's own posts are given quotedHandle = its handle instead.
   */
  quotedPostId?: string | null;
  likeCount: number | null;
  replyCount: number | null;
  repostCount: number | null;
  url: string | null;
}

/** A record left out on purpose, e.g. "retweet of a deleted tweet" or "not public". */
export interface SkippedRecord {
  /** Position of the record in the export (0-based, as in the file's array). */
  index: number;
  platformId: string | null;
  reason: string;
}

/**
 * Why a record (or the whole file, when index is null) cannot be imported:
 * a catalog code (importProblems.*) and its values, worded by the screen or
 * the command line (problem-text.ts).
 */
export interface ImportProblem extends Message {
  /** Position of the record in the export (0-based), or null for a file-level problem. */
  index: number | null;
  /** 1-based line in a text file (CSV rows, XML elements) when the format has lines worth naming. */
  line?: number | null;
  /** The file inside an archive (zip, tar.gz) the problem was found in. */
  file?: string | null;
  /** The record's field at fault, e.g. "created_at" or "entities.user_mentions.0.screen_name". */
  field: string | null;
}

/** A problem as a run stored it: runs from before the catalog codes kept the English sentence itself. */
export type StoredImportProblem = ImportProblem | (Omit<ImportProblem, "code" | "params"> & { message: string });

/**
 * Who an export says its account is, when the export names it: X's
 * data/account.js accountId (or Grailbird user_details.js id), a Mastodon
 * actor's URI, a Bluesky DID. Compared with the account's stored
 * platformUserId before anything is written.
 */
export interface ExportIdentity {
  /** The platform's own, stable id of the account (not its handle, which can change). */
  platformUserId: string;
  /** The handle the export gives for that id, when it gives one (without "@"). */
  handle: string | null;
}

/** What an export parser returns: every record, or every problem and no record at all. */
export type ParseResult =
  | { ok: true; read: number; records: ImportRecord[]; skipped: SkippedRecord[]; identity?: ExportIdentity | null }
  | { ok: false; read: number; errors: ImportProblem[] };

export interface ImportReport {
  /** Records found in the export, skipped ones included. */
  read: number;
  /** Posts added to the store. */
  created: number;
  /** Posts already in the store whose reaction counts changed. */
  updated: number;
  /** Posts already in the store with nothing to change. */
  unchanged: number;
  skipped: SkippedRecord[];
  /** Mentions and rule tags written for the new posts. */
  mentions: number;
  themeTags: number;
  /** Links left out of new posts because they were not web addresses (javascript:, data:, file: …). */
  linksDropped: number;
  errors: ImportProblem[];
}

/** What every export parser may be told about the account it reads for. */
export interface ParseOptions {
  /** The account's handle (without "@"), e.g. to build post URLs or recognise the account's own reposts. */
  authorHandle?: string;
  /**
   * The account's own platform id when it is known (stored, or read from the
   * export itself), so that replies, quotes and reposts of the account's own
   * posts are recognised by id where the export gives ids rather than handles.
   */
  ownPlatformUserId?: string | null;
  /** Files (or archives) larger than this are refused before they are parsed. */
  maxBytes?: number;
}

/** Skipped records counted by reason, for a short summary. */
export function countSkippedByReason(skipped: readonly SkippedRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of skipped) counts[record.reason] = (counts[record.reason] ?? 0) + 1;
  return counts;
}
