/**
 * Skipped records in words. Parsers name why they left a record out in a
 * short English reason (SkippedRecord.reason), which the run stores counted
 * by reason and the command line prints as it is; the import screen says it
 * with the catalog's words (messages/en/imports.json, imports.report.skipReasons).
 * Reasons that mean the same on different platforms share their words and
 * are counted together; a reason the catalog has no words for is shown as it
 * is, so nothing skipped goes unsaid.
 */

/** Each known reason and its catalog entry. */
const KEYS = {
  // Mastodon: visibility from to/cc (lib/import/mastodon.ts).
  direct: "direct",
  "followers only": "followersOnly",
  // Runs stored before Mastodon's direct and followers-only posts were told apart.
  "not public": "notPublic",
  deleted: "deleted",
  "pinned duplicate": "pinnedDuplicate",
  "boost of a deleted post": "repostOfDeleted",
  // X (lib/import/x-archive.ts).
  "retweet of a deleted tweet": "repostOfDeleted",
  // Bluesky (lib/import/bluesky.ts).
  "deleted or blocked": "deletedOrBlocked",
  "not by this account": "notByAccount",
  "pinned or other feed reason": "otherFeedReason",
  "record not in the export": "notInExport",
} as const;

export type SkipReasonKey = (typeof KEYS)[keyof typeof KEYS];

export type SkipReasonLine = { key: SkipReasonKey; count: number } | { reason: string; count: number };

/** The report's lines: one per catalog entry (reasons sharing words added up), then unknown reasons, in the order first met. */
export function skipReasonLines(skippedReasons: Readonly<Record<string, number>>): SkipReasonLine[] {
  const lines: SkipReasonLine[] = [];
  const byKey = new Map<SkipReasonKey, { key: SkipReasonKey; count: number }>();
  for (const [reason, count] of Object.entries(skippedReasons)) {
    const key = Object.hasOwn(KEYS, reason) ? KEYS[reason as keyof typeof KEYS] : null;
    if (key === null) {
      lines.push({ reason, count });
      continue;
    }
    const line = byKey.get(key);
    if (line) line.count += count;
    else {
      const fresh = { key, count };
      byKey.set(key, fresh);
      lines.push(fresh);
    }
  }
  return lines;
}
