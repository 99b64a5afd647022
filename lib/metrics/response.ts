export interface ResponseInput {
  /** Public reactions (likes + replies + reposts) received by the posts. */
  reactions: number;
  /** Posts whose reactions are known. */
  posts: number;
  /** Follower count at the time, where a snapshot gives it. */
  followers?: number | null;
}

export interface ResponseReceived {
  perPost: number | null;
  perThousandFollowers: number | null;
}

/** Reactions per post, and per post per 1,000 followers where the follower count is known. */
export function responseReceived(input: ResponseInput): ResponseReceived {
  if (input.posts <= 0) return { perPost: null, perThousandFollowers: null };
  const perPost = input.reactions / input.posts;
  const followers = input.followers ?? null;
  return {
    perPost,
    perThousandFollowers: followers !== null && followers > 0 ? (perPost * 1000) / followers : null,
  };
}
