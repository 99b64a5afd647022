/** Only same-site paths may be a post-sign-in destination (no open redirect to another host). */
export function safeCallbackPath(value: string | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://chancery.invalid");
    if (url.origin !== "http://chancery.invalid" || url.pathname.startsWith("/signin")) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
