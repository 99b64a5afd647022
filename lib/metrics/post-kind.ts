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
  /**
   * Set for replies whose target the export names only by id (no handle):
   * the target account's platform id. Exporters resolve the account's own id
   * to its handle where they know it; the author's id is compared here too.
   */
  replyToPlatformUserId?: string | null;
  /**
   * Set for quotes whose author the export does not name: the quoted post's
   * platform id. Exporters give the author's handle for the account's own posts,
   * so a quote known only by the post's id is of another account.
   */
  quotedPostId?: string | null;
  /** The author's own platform id, when known. */
  authorPlatformUserId?: string | null;
}

/** Handles compare without "@" and case-insensitively, as platforms treat them. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

function isOther(author: string, handle: string | null | undefined): handle is string {
  return handle != null && handle.trim() !== "" && normalizeHandle(handle) !== author;
}

function present(value: string | null | undefined): value is string {
  return value != null && value.trim() !== "";
}

/** Whether the reply is to another account: by handle when the export names one, else by platform id. */
function repliesToOther(author: string, post: PostShape): boolean {
  if (post.replyToHandle != null) return isOther(author, post.replyToHandle);
  return present(post.replyToPlatformUserId) && post.replyToPlatformUserId !== post.authorPlatformUserId;
}

/** Whether the quote is of another account's post: by handle when the export names one, else an unnamed author is another. */
function quotesOther(author: string, post: PostShape): boolean {
  if (post.quotedHandle != null) return isOther(author, post.quotedHandle);
  return present(post.quotedPostId);
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
  if (post.quotedHandle != null || present(post.quotedPostId)) return "quote";
  if (post.replyToHandle != null || present(post.replyToPlatformUserId)) return "reply";
  return otherMentions(post).length > 0 ? "original_with_mention" : "original";
}

/**
 * Broadcast, engagement or amplification, per the product's contract:
 * - any repost/boost (one's own included) is amplification;
 * - a reply to, or a quote of, another account is engagement (judged by
 *   handle, or by id where the export gives no handle);
 * - everything else (originals, replies to oneself, quotes of oneself) is
 *   engagement when it mentions another account, broadcast otherwise.
 */
export function classifyPost(post: PostShape): PostCategory {
  if (post.repostOfHandle != null) return "amplification";
  const author = normalizeHandle(post.authorHandle);
  if (repliesToOther(author, post)) return "engagement";
  if (quotesOther(author, post)) return "engagement";
  return otherMentions(post).length > 0 ? "engagement" : "broadcast";
}
