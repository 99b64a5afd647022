import { STAKEHOLDER_CATEGORIES } from "../validations/domain";
import { normalizeHandle, type PostShape } from "./post-kind";

export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

/**
 * How a post reaches another account. One post gives at most one interaction
 * per handle: a reply that also mentions the account it answers (as platforms
 * write replies) is one reply, not a reply and a mention.
 */
export const INTERACTION_TYPES = ["reply", "quote", "mention", "repost"] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Reposts amplify; the other three are engagement (lib/metrics/post-kind.ts classifyPost). */
export const ENGAGEMENT_INTERACTION_TYPES: readonly InteractionType[] = ["reply", "quote", "mention"];

export const UNLABELLED = "unlabelled" as const;
export type CategoryBucket = StakeholderCategory | typeof UNLABELLED;
export const CATEGORY_BUCKETS: readonly CategoryBucket[] = [...STAKEHOLDER_CATEGORIES, UNLABELLED];

export interface PostInteraction {
  handle: string;
  type: InteractionType;
}

/**
 * The accounts outside `ownHandles` (the ministry's handles on the post's
 * platform; the author's own handle always counts as own) that a post
 * interacts with. A repost counts only for whom it reposts: mentions in it are
 * the original author's words. Otherwise a reply outranks a quote, a quote a
 * mention. The directory's SQL (lib/data/stakeholders.ts) applies this rule.
 */
export function postInteractions(post: PostShape, ownHandles: ReadonlySet<string>): PostInteraction[] {
  const author = normalizeHandle(post.authorHandle);
  const isOutside = (handle: string) => handle !== "" && handle !== author && !ownHandles.has(handle);
  if (post.repostOfHandle != null) {
    const handle = normalizeHandle(post.repostOfHandle);
    return isOutside(handle) ? [{ handle, type: "repost" }] : [];
  }
  const byHandle = new Map<string, InteractionType>();
  const add = (raw: string | null | undefined, type: InteractionType) => {
    if (raw == null) return;
    const handle = normalizeHandle(raw);
    if (isOutside(handle) && !byHandle.has(handle)) byHandle.set(handle, type);
  };
  add(post.replyToHandle, "reply");
  add(post.quotedHandle, "quote");
  for (const mention of post.mentions ?? []) add(mention, "mention");
  return [...byHandle].map(([handle, type]) => ({ handle, type }));
}

export type InteractionCounts = Record<InteractionType, number>;

export function engagementInteractions(counts: InteractionCounts): number {
  return counts.reply + counts.quote + counts.mention;
}

export function totalInteractions(counts: InteractionCounts): number {
  return engagementInteractions(counts) + counts.repost;
}

export interface CategoryShare {
  category: CategoryBucket;
  /** Engagement interactions with stakeholders of this category. */
  interactions: number;
  /** interactions / all engagement interactions with outside accounts; null when there are none. */
  share: number | null;
}

/**
 * The share of engagement directed at each stakeholder category: engagement
 * interactions (replies, quotes, mentions; reposts are amplification) with
 * accounts of the category over all engagement interactions with accounts
 * outside the ministry. Accounts nobody has labelled yet are their own bucket,
 * so the shares always add up to 1 and the gap in labelling stays visible.
 */
export function categoryShares(
  rows: readonly { category: CategoryBucket; engagementInteractions: number }[],
): CategoryShare[] {
  const byCategory = new Map<CategoryBucket, number>(CATEGORY_BUCKETS.map((c) => [c, 0]));
  for (const row of rows)
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.engagementInteractions);
  const total = [...byCategory.values()].reduce((sum, n) => sum + n, 0);
  return CATEGORY_BUCKETS.map((category) => {
    const interactions = byCategory.get(category) ?? 0;
    return { category, interactions, share: total === 0 ? null : interactions / total };
  });
}

export interface InterlocutorRow {
  platform: string;
  handle: string;
  category: StakeholderCategory | null;
  counts: InteractionCounts;
}

export interface Interlocutor extends InterlocutorRow {
  engagementInteractions: number;
  /** Of all engagement interactions with outside accounts (the denominator of categoryShares). */
  share: number | null;
}

/**
 * The accounts engaged with most: by engagement interactions, then by all
 * interactions, then by handle so that ties list the same way every time.
 * Accounts only ever reposted are not interlocutors. The rows may be a
 * pre-sorted top slice from the database, so the total comes separately.
 */
export function topInterlocutors(
  rows: readonly InterlocutorRow[],
  limit: number,
  totalEngagementInteractions: number,
): Interlocutor[] {
  const total = totalEngagementInteractions;
  const withEngagement = rows.map((row) => ({ ...row, engagementInteractions: engagementInteractions(row.counts) }));
  return withEngagement
    .filter((row) => row.engagementInteractions > 0)
    .sort(
      (a, b) =>
        b.engagementInteractions - a.engagementInteractions ||
        totalInteractions(b.counts) - totalInteractions(a.counts) ||
        a.handle.localeCompare(b.handle) ||
        a.platform.localeCompare(b.platform),
    )
    .slice(0, Math.max(0, limit))
    .map((row) => ({ ...row, share: total === 0 ? null : row.engagementInteractions / total }));
}
