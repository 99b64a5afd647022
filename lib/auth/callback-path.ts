import { HOME_REDIRECT_PATH } from "./permissions";

/**
 * Only same-site paths may be a post-sign-in destination (no open redirect to
 * another host). Without one, or with a refused one, people go to their
 * role's home.
 */
export function safeCallbackPath(value: string | undefined): string {
  if (!value) return HOME_REDIRECT_PATH;
  try {
    const url = new URL(value, "http://chancery.invalid");
    if (url.origin !== "http://chancery.invalid" || url.pathname.startsWith("/signin")) return HOME_REDIRECT_PATH;
    return `${url.pathname}${url.search}`;
  } catch {
    return HOME_REDIRECT_PATH;
  }
}
