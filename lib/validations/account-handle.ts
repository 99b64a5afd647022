/**
 * What a handle must look like on platforms where its form decides whose it
 * is. A Mastodon handle names its server ("name@host", as Mastodon shows it
 * without the leading "@"): "mfa" alone is a different account on every
 * server, and the account's own posts, replies and boosts could not be told
 * from a namesake's.
 */
const MASTODON_HANDLE =
  /^@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Why a handle cannot be the platform's, or null when it can: "needsHost" for a Mastodon handle without "@host". */
export function handleProblem(platform: string, handle: string): "needsHost" | null {
  if (platform === "mastodon" && !MASTODON_HANDLE.test(handle.trim())) return "needsHost";
  return null;
}
