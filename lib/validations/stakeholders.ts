import { z } from "zod";
import { normalizeHandle } from "../metrics/post-kind";
import { CATEGORY_BUCKETS, type CategoryBucket } from "../metrics/stakeholders";
import { platformSchema, STAKEHOLDER_CATEGORIES } from "./domain";

export const STAKEHOLDERS_PAGE_SIZE = 50;
/** A label file is a short list typed or exported by hand, not a data dump. */
export const STAKEHOLDER_CSV_MAX_BYTES = 512 * 1024;
export const STAKEHOLDER_CSV_MAX_ROWS = 5000;
/** One bulk action labels at most a few pages of the directory. */
export const STAKEHOLDER_BULK_MAX = 500;

/** A handle as platforms spell them: X and Bluesky names, Mastodon's user@instance, with or without "@"; normalised. */
export const handleSchema = z
  .string()
  .trim()
  .min(1, "handleRequired")
  .max(200, "handleInvalid")
  .regex(/^@?[\w.-]+(@[\w.-]+)?$/, "handleInvalid")
  .transform(normalizeHandle);

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

const directoryQuerySchema = z.object({
  mission: id.optional(),
  category: z.enum(CATEGORY_BUCKETS as [CategoryBucket, ...CategoryBucket[]]).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export interface StakeholderQuery {
  missionId: string | null;
  /** A category, "unlabelled" for accounts nobody has labelled, or null for all. */
  category: CategoryBucket | null;
  search: string | null;
  page: number;
}

export type ParsedStakeholderQuery = { ok: true; query: StakeholderQuery } | { ok: false; fields: string[] };

/** The directory's filters from the URL; a malformed one is reported by name, not ignored. */
export function parseStakeholderQuery(params: Record<string, string | undefined>): ParsedStakeholderQuery {
  const present = Object.fromEntries(
    Object.entries(params).filter(
      ([key, value]) => value !== undefined && value !== "" && key in directoryQuerySchema.shape,
    ),
  );
  const parsed = directoryQuerySchema.safeParse(present);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  const q = parsed.data;
  return {
    ok: true,
    query: { missionId: q.mission ?? null, category: q.category ?? null, search: q.q || null, page: q.page ?? 1 },
  };
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "textTooLong")
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * The category a person chose. The form's select starts on "Choose…" (an
 * empty value, or none at all when that option is disabled), so no category
 * is ever saved that nobody picked: nothing chosen is "categoryRequired".
 */
export const chosenCategorySchema = z.enum(STAKEHOLDER_CATEGORIES, {
  error: (issue) => (issue.input === undefined || issue.input === "" ? "categoryRequired" : "categoryInvalid"),
});

/** One account's label. Error messages are catalog keys under "stakeholders.errors". */
export const stakeholderLabelSchema = z.object({
  platform: platformSchema,
  handle: handleSchema,
  category: chosenCategorySchema,
  displayName: optionalText(200),
  note: optionalText(1000),
});
export type StakeholderLabelInput = z.infer<typeof stakeholderLabelSchema>;

const targetSchema = z.object({ platform: platformSchema, handle: handleSchema });

/** Several directory rows, one category; the rows come as a JSON list from the selection. */
export const bulkStakeholderLabelSchema = z.object({
  category: chosenCategorySchema,
  targets: z
    .string()
    .max(200_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "targetsInvalid" });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(targetSchema, { message: "targetsInvalid" })
        .min(1, "targetsRequired")
        .max(STAKEHOLDER_BULK_MAX, "targetsTooMany"),
    ),
});
export type BulkStakeholderLabelInput = z.infer<typeof bulkStakeholderLabelSchema>;

export const stakeholderCsvSchema = z.object({
  file: z
    .custom<File>((value) => typeof File !== "undefined" && value instanceof File, "fileRequired")
    .refine((file) => file.size > 0, "fileEmpty")
    .refine((file) => file.size <= STAKEHOLDER_CSV_MAX_BYTES, "fileTooLarge"),
});

export const STAKEHOLDER_CSV_COLUMNS = [
  { name: "platform", required: true },
  { name: "handle", required: true },
  { name: "category", required: true },
  { name: "displayname", required: false },
  { name: "note", required: false },
] as const;
