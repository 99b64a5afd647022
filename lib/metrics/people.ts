/**
 * People vs institutions: an ambassador's personal (individual) accounts beside
 * the mission's institutional accounts. Engagement share and reactions per post
 * are the contract's own metrics (engagement-share.ts, response.ts); this file
 * adds how often one side amplifies the other and what happens to the
 * institutional accounts when an ambassador's posting ends.
 */
import { addDays, calendarDaysBetween, startOfUtcDay } from "./dates";
import { engagementShare, totalPosts, type CategoryCounts } from "./engagement-share";
import { normalizeHandle } from "./post-kind";
import { responseReceived } from "./response";

export const PEOPLE_SIDES = ["personal", "institutional"] as const;
export type PeopleSide = (typeof PEOPLE_SIDES)[number];

export interface SideInput {
  /** Posts in the period by category. */
  counts: CategoryCounts;
  /** Reactions (likes + replies + reposts) and the posts they are known for, in the period. */
  reactions: { reactions: number; posts: number };
}

export interface SideFigures {
  postsInPeriod: number;
  counts: CategoryCounts;
  engagementShare: number | null;
  reactionsPerPost: number | null;
}

/** One side's figures: the same definitions as every mission figure. */
export function sideFigures(input: SideInput): SideFigures {
  return {
    postsInPeriod: totalPosts(input.counts),
    counts: input.counts,
    engagementShare: engagementShare(input.counts),
    reactionsPerPost: responseReceived(input.reactions).perPost,
  };
}

export interface AmplificationPost {
  repostOfHandle?: string | null;
  replyToHandle?: string | null;
  quotedHandle?: string | null;
  mentions?: readonly string[];
}

/**
 * Whether a post amplifies one of `handles` (the other side's accounts): it
 * reposts one of them, or, when it is not a repost, replies to, quotes or
 * mentions one. A repost counts only for whom it reposts (the mentions in it
 * are the original author's words) — the rule of the post list's `with=`
 * filter (lib/data/handles.ts), so each count clicks through to its posts.
 */
export function amplifiesAny(post: AmplificationPost, handles: readonly string[]): boolean {
  const others = new Set(handles.map(normalizeHandle));
  const hits = (handle: string | null | undefined) => handle != null && others.has(normalizeHandle(handle));
  if (post.repostOfHandle != null) return hits(post.repostOfHandle);
  return hits(post.replyToHandle) || hits(post.quotedHandle) || (post.mentions ?? []).some(hits);
}

export interface Amplification {
  /** Posts of the side in the period that amplify the other side. */
  posts: number;
  /** Of all the side's posts in the period; null without posts. */
  share: number | null;
}

export function amplification(amplifyingPosts: number, sidePosts: number): Amplification {
  return { posts: amplifyingPosts, share: sidePosts > 0 ? amplifyingPosts / sidePosts : null };
}

/** Counts and shares of a list of posts, for the unit tests and small callers; the screen counts in the database. */
export function countAmplification(
  posts: readonly AmplificationPost[],
  otherSideHandles: readonly string[],
): Amplification {
  return amplification(posts.filter((p) => amplifiesAny(p, otherSideHandles)).length, posts.length);
}

/** W: days compared before and after the end of an ambassador's posting. */
export const HANDOVER_WINDOW_DAYS = 90;
/** Below this fraction of the posting rate before, the rate after reads as a drop. */
export const HANDOVER_DROP_BELOW = 0.5;
/** Rates are given per this many days, whatever W. */
export const HANDOVER_RATE_DAYS = 30;

export type HandoverSignal = "drop" | "steady" | "too_recent";

export interface HandoverWindows {
  /** The UTC day the personal account's posting ended. */
  end: Date;
  /** The W days before the end day: [end − W, end). */
  before: { start: Date; endExclusive: Date };
  /** The end day and the W − 1 days after it: [end, end + W). */
  after: { start: Date; endExclusive: Date };
}

export function handoverWindows(end: Date, windowDays = HANDOVER_WINDOW_DAYS): HandoverWindows {
  const day = startOfUtcDay(end);
  return {
    end: day,
    before: { start: addDays(day, -windowDays), endExclusive: day },
    after: { start: day, endExclusive: addDays(day, windowDays) },
  };
}

/**
 * When a personal account's posting ended: its last post when it was closed
 * (the posting stopped there), its closing date when it never posted. Null
 * while it is open, or when it closes after the as-of date.
 */
export function postingEnd(account: { closedAt: Date | null; lastPostAt: Date | null }, asOf: Date): Date | null {
  if (!account.closedAt || startOfUtcDay(account.closedAt) > startOfUtcDay(asOf)) return null;
  const last = account.lastPostAt && account.lastPostAt <= account.closedAt ? account.lastPostAt : null;
  return startOfUtcDay(last ?? account.closedAt);
}

export interface HandoverInput {
  end: Date;
  asOf: Date;
  /** Institutional posts of the mission in the window before / after. */
  postsBefore: number;
  postsAfter: number;
  windowDays?: number;
}

export interface Handover {
  end: Date;
  windows: HandoverWindows;
  /** Institutional posts per 30 days in each window. */
  ratePerMonthBefore: number;
  ratePerMonthAfter: number;
  postsBefore: number;
  postsAfter: number;
  /** After / before; null when nothing was posted before. */
  ratio: number | null;
  signal: HandoverSignal;
}

/**
 * The handover signal: the mission's institutional posting rate in the W days
 * after an ambassador's posting ended against the W days before. "drop" when
 * after < 50 % of before (and before > 0); "steady" otherwise; "too_recent"
 * while the W days after have not all passed by the end of the as-of day.
 */
export function handoverSignal(input: HandoverInput): Handover {
  const windowDays = input.windowDays ?? HANDOVER_WINDOW_DAYS;
  const windows = handoverWindows(input.end, windowDays);
  const rate = (posts: number) => (posts * HANDOVER_RATE_DAYS) / windowDays;
  const ratio = input.postsBefore > 0 ? input.postsAfter / input.postsBefore : null;
  // The after window [end, end + W) is complete once day end + W − 1 is at or before D.
  const complete = calendarDaysBetween(windows.end, input.asOf) >= windowDays - 1;
  const signal: HandoverSignal = !complete
    ? "too_recent"
    : ratio !== null && ratio < HANDOVER_DROP_BELOW
      ? "drop"
      : "steady";
  return {
    end: windows.end,
    windows,
    ratePerMonthBefore: rate(input.postsBefore),
    ratePerMonthAfter: rate(input.postsAfter),
    postsBefore: input.postsBefore,
    postsAfter: input.postsAfter,
    ratio,
    signal,
  };
}
