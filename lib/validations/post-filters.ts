import { z } from "zod";
import { POST_CATEGORIES, type PostCategory } from "../metrics/post-kind";
import { handleSchema } from "./stakeholders";

export const POSTS_PAGE_SIZE = 50;

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

const postFiltersSchema = z.object({
  mission: id.optional(),
  account: id.optional(),
  theme: id.optional(),
  category: z.enum(POST_CATEGORIES).optional(),
  /** Posts that reply to, quote, repost or mention this handle (compared case-insensitively). */
  with: handleSchema.optional(),
  /**
   * Languages by primary subtag ("ja" finds "ja" and "ja-JP"), comma-separated ("nl,fr,de": any of them),
   * "unknown" for posts without a recognised language.
   */
  language: z
    .string()
    .max(200)
    .regex(/^(?:[a-z]{2,3}|unknown)(?:,(?:[a-z]{2,3}|unknown))*$/)
    .optional(),
  /** "1": the account's own posts only (engagement and broadcast), reposts left out. */
  own: z.literal("1").optional(),
  /** "all": every post up to D, ignoring the period's start. */
  since: z.literal("all").optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export interface PostFilters {
  missionId: string | null;
  accountId: string | null;
  themeId: string | null;
  category: PostCategory | null;
  /** Normalised (lib/metrics/post-kind.ts normalizeHandle); optional so callers that never filter by it may leave it out. */
  withHandle?: string | null;
  /** Normalised language codes (lib/metrics/languages.ts) or "unknown", comma-separated; optional like withHandle. */
  language?: string | null;
  /** Own posts only: reposts (amplification) left out. */
  ownOnly?: boolean;
  allTime: boolean;
  page: number;
}

export type ParsedPostFilters = { ok: true; filters: PostFilters } | { ok: false; fields: string[] };

/** Filters of the post list from the URL; a malformed one is reported by name, not ignored. */
export function parsePostFilters(params: Record<string, string | undefined>): ParsedPostFilters {
  const present = Object.fromEntries(
    Object.entries(params).filter(
      ([key, value]) => value !== undefined && value !== "" && key in postFiltersSchema.shape,
    ),
  );
  const parsed = postFiltersSchema.safeParse(present);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  const f = parsed.data;
  return {
    ok: true,
    filters: {
      missionId: f.mission ?? null,
      accountId: f.account ?? null,
      themeId: f.theme ?? null,
      category: f.category ?? null,
      withHandle: f.with ?? null,
      language: f.language ?? null,
      ownOnly: f.own === "1",
      allTime: f.since === "all",
      page: f.page ?? 1,
    },
  };
}
