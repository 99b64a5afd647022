export const POST_KINDS = ["original", "original_with_mention", "reply", "quote", "repost"] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_CATEGORIES = ["broadcast", "engagement", "amplification"] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export interface PostShape {
  /** Handle of the account that published the post. */
  authorHandle: string;
  /** Set for reposts/boosts: whose post was reposted (may be the author). */
  repostOfHandle?: string | null;
  /** Set for replies: whom the post replies to (the author for a thread continuation). */
  replyToHandle?: string | null;
  /** Set for quotes: whose post is quoted. */
  quotedHandle?: string | null;
  /** Handles mentioned in the text. */
  mentions?: readonly string[];
}

/** Handles compare without "@" and case-insensitively, as platforms treat them. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

function isOther(author: string, handle: string | null | undefined): handle is string {
  return handle != null && handle.trim() !== "" && normalizeHandle(handle) !== author;
}

/** Mentioned handles other than the author, normalised and de-duplicated. */
export function otherMentions(post: PostShape): string[] {
  const author = normalizeHandle(post.authorHandle);
  const others = (post.mentions ?? []).map(normalizeHandle).filter((h) => h !== "" && h !== author);
  return [...new Set(others)];
}

/** What the platform says the post is, with originals split by whether they mention others. */
export function postKind(post: PostShape): PostKind {
  if (post.repostOfHandle != null) return "repost";
  if (post.quotedHandle != null) return "quote";
  if (post.replyToHandle != null) return "reply";
  return otherMentions(post).length > 0 ? "original_with_mention" : "original";
}

/**
 * Broadcast, engagement or amplification, per the product's contract:
 * - any repost/boost (one's own included) is amplification;
 * - a reply to, or a quote of, another account is engagement;
 * - everything else (originals, replies to oneself, quotes of oneself) is
 *   engagement when it mentions another account, broadcast otherwise.
 */
export function classifyPost(post: PostShape): PostCategory {
  if (post.repostOfHandle != null) return "amplification";
  const author = normalizeHandle(post.authorHandle);
  if (isOther(author, post.replyToHandle)) return "engagement";
  if (isOther(author, post.quotedHandle)) return "engagement";
  return otherMentions(post).length > 0 ? "engagement" : "broadcast";
}
