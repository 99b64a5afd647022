/**
 * The cost side of return on investment: what a mission's digital work
 * produced per staff hour recorded for a quarter. Without recorded hours
 * there is no ratio (never a division by a guessed figure).
 */
export interface StaffTimeInput {
  hours: number | null;
  posts: number;
  engagementPosts: number;
  /** Reactions received by the quarter's posts, where platforms report them; null when none are known. */
  reactions: number | null;
}

export interface StaffTimeRatios {
  hours: number;
  postsPerHour: number;
  engagementPostsPerHour: number;
  reactionsPerHour: number | null;
  /** Staff minutes per post; null when nothing was posted. */
  minutesPerPost: number | null;
}

export function staffTimeRatios(input: StaffTimeInput): StaffTimeRatios | null {
  if (input.hours === null || !(input.hours > 0)) return null;
  const { hours } = input;
  return {
    hours,
    postsPerHour: input.posts / hours,
    engagementPostsPerHour: input.engagementPosts / hours,
    reactionsPerHour: input.reactions === null ? null : input.reactions / hours,
    minutesPerPost: input.posts > 0 ? (hours * 60) / input.posts : null,
  };
}
