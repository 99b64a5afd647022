import { HOME_REDIRECT_PATH } from "./permissions";

const SITE = "http://chancery.invalid";
// Browsers read "\" as "/" and drop tabs and newlines inside URLs, so either could turn a path into "//host".
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;
const MAX_DECODING_ROUNDS = 4;

/** The text with percent-escapes undone until nothing changes; null when malformed or nested too deep. */
function fullyDecoded(text: string): string | null {
  let current = text;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/** A path that a browser, a proxy or a later decoding step could read as another host. */
function leavesTheSite(pathname: string): boolean {
  return pathname.startsWith("//") || pathname.startsWith("/\\") || !pathname.startsWith("/");
}

function isSignInPage(pathname: string): boolean {
  return pathname === "/signin" || pathname.startsWith("/signin/");
}

/**
 * Only same-site paths may be a post-sign-in destination (no open redirect to
 * another host). The answer is rebuilt from the parsed URL, because dot
 * segments collapse only when parsed ("/.//evil.example" becomes
 * "//evil.example"), and it is checked again as any later hop would decode it.
 * Without one, or with a refused one, people go to their role's home.
 */
export function safeCallbackPath(value: string | undefined): string {
  if (!value || UNSAFE_CHARACTERS.test(value)) return HOME_REDIRECT_PATH;
  let url: URL;
  try {
    url = new URL(value, `${SITE}/`);
  } catch {
    return HOME_REDIRECT_PATH;
  }
  if (url.origin !== SITE || leavesTheSite(url.pathname) || isSignInPage(url.pathname)) return HOME_REDIRECT_PATH;

  const decoded = fullyDecoded(url.pathname);
  if (decoded === null || UNSAFE_CHARACTERS.test(decoded) || leavesTheSite(decoded)) return HOME_REDIRECT_PATH;
  const reparsed = URL.parse(decoded, `${SITE}/`);
  if (!reparsed || reparsed.origin !== SITE || leavesTheSite(reparsed.pathname) || isSignInPage(reparsed.pathname))
    return HOME_REDIRECT_PATH;

  const result = `${url.pathname}${url.search}`;
  return leavesTheSite(result) ? HOME_REDIRECT_PATH : result;
}
