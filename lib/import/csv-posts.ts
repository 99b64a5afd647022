/**
 * The generic posts CSV (template in csv-templates.ts): posts of any
 * platform that has no export Chancery reads, typed or exported by hand.
 */
import { z } from "zod";
import { message, type Message } from "../messages";
import { parseCsv, rowProblem } from "./csv";
import { issueMessage } from "./issues";
import { CSV_TEMPLATES } from "./csv-templates";
import { webUrlSchema } from "../validations/web-url";
import type { ImportProblem, ImportRecord, ParseOptions, ParseResult } from "./types";

// A time zone must be given: a bare local time would be guessed, and a post on the wrong day moves between periods.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** An RFC 3339 moment with its offset; null for anything else, including impossible dates. */
export function parseRfc3339(value: string): Date | null {
  const m = RFC3339.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(value.trim().replace(" ", "T"));
  if (Number.isNaN(date.getTime())) return null;
  // Date accepts "2017-02-30" by rolling over; the fields must be real.
  const probe = new Date(Date.UTC(y!, mo! - 1, d!));
  if (probe.getUTCMonth() !== mo! - 1 || probe.getUTCDate() !== d! || h! > 23 || mi! > 59 || (s ?? 0) > 59) return null;
  return date;
}

const count = z
  .string()
  .regex(/^\d{1,12}$/, "importProblems.record.wholeNumber")
  .transform(Number);
const handle = z
  .string()
  .max(200)
  .regex(/^@?[^\s@][^\s]*$/, "importProblems.record.oneHandle")
  .transform((value) => value.replace(/^@/, ""));
const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "importProblems.record.languageCode");
const url = webUrlSchema("importProblems.record.webAddress");

function optional<T>(
  schema: z.ZodType<T>,
  value: string,
): { ok: true; value: T | null } | { ok: false; message: Message } {
  if (value === "") return { ok: true, value: null };
  const parsed = schema.safeParse(value);
  const issue = parsed.success ? null : parsed.error.issues[0];
  return parsed.success
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        message: issue ? issueMessage(issue) : message("importProblems.record.invalid", { detail: "invalid" }),
      };
}

export function parsePostsCsv(content: string, options: ParseOptions = {}): ParseResult {
  const parsed = parseCsv(content, CSV_TEMPLATES.posts, { maxBytes: options.maxBytes });
  if (!parsed.ok) return { ok: false, read: 0, errors: parsed.errors };
  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  for (const row of parsed.rows) {
    const v = row.values;
    const problem = (field: string, text: Message) => errors.push(rowProblem(row, field, text));
    const platformId = v.platform_id ?? "";
    if (platformId === "") problem("platform_id", message("importProblems.record.platformIdEmpty"));
    else if (platformId.length > 200) problem("platform_id", message("importProblems.record.tooLong", { max: 200 }));
    const postedAt = parseRfc3339(v.posted_at ?? "");
    if (!postedAt) problem("posted_at", message("importProblems.record.csvDate"));
    const fields = {
      language: optional(language, v.language ?? ""),
      reply_to_handle: optional(handle, v.reply_to_handle ?? ""),
      quoted_handle: optional(handle, v.quoted_handle ?? ""),
      repost_of_handle: optional(handle, v.repost_of_handle ?? ""),
      like_count: optional(count, v.like_count ?? ""),
      reply_count: optional(count, v.reply_count ?? ""),
      repost_count: optional(count, v.repost_count ?? ""),
      url: optional(url, v.url ?? ""),
    };
    for (const [field, result] of Object.entries(fields)) if (!result.ok) problem(field, result.message);
    const mentions = (v.mentions ?? "").split(/[\s,]+/).filter(Boolean);
    const badMention = mentions.find((m) => !handle.safeParse(m).success);
    if (badMention) problem("mentions", message("importProblems.record.notAHandle", { value: badMention }));
    const text = v.text ?? "";
    if (text.length > 100_000) problem("text", message("importProblems.record.tooLong", { max: 100_000 }));
    if (errors.length > 0 || !postedAt) continue;
    const value = <T>(result: { ok: true; value: T | null } | { ok: false; message: Message }) =>
      result.ok ? result.value : null;
    records.push({
      platformId,
      postedAt,
      text,
      language: value(fields.language),
      replyToHandle: value(fields.reply_to_handle),
      quotedHandle: value(fields.quoted_handle),
      repostOfHandle: value(fields.repost_of_handle),
      mentions: mentions.map((m) => m.replace(/^@/, "")),
      likeCount: value(fields.like_count),
      replyCount: value(fields.reply_count),
      repostCount: value(fields.repost_count),
      url: value(fields.url),
    });
  }
  if (errors.length > 0) return { ok: false, read: parsed.rows.length, errors };
  return { ok: true, read: parsed.rows.length, records, skipped: [] };
}
