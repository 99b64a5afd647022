/**
 * The security headers every response carries. Pages get a Content Security
 * Policy with a fresh script nonce (set by proxy.ts, which Next.js reads to
 * put the nonce on its own scripts); API routes and static files get a policy
 * that allows nothing to run. Pure functions, shared by proxy.ts and
 * next.config.ts, so the policy is written once.
 */

/** The page policy. Styles stay 'unsafe-inline': charts and React set style attributes, which nonces cannot cover. */
export function pageContentSecurityPolicy(
  nonce: string,
  { development = false }: { development?: boolean } = {},
): string {
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  // React's development build evaluates source maps and refresh code; never in production.
  if (development) scriptSrc.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For JSON, downloads and static files: nothing in them may run or be framed. */
export const NON_PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** Two years, subdomains included: sent only when the request reached us over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Set by the production server's request guard (scripts/request-guard.cjs) to "1" when the
 * client came over HTTPS (its own socket, or the outermost trusted proxy's X-Forwarded-Proto),
 * else "0", after removing a client's own copy.
 */
export const HTTPS_HEADER = "x-chancery-https";

export type RequestHeaders = Headers | Record<string, string | string[] | undefined> | undefined;

/** Set on globalThis by the request guard when it is preloaded (GUARD_MARK in scripts/request-guard.cjs). */
const GUARD_MARK = Symbol.for("chancery.requestGuard");

/**
 * A header only the request guard sets, or null: without the guard in front (next dev,
 * next start) any such header is the client's own text, so it is not read at all.
 */
export function guardHeader(headers: RequestHeaders, name: string): string | null {
  if ((globalThis as Record<symbol, unknown>)[GUARD_MARK] !== true) return null;
  const value = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return typeof value === "string" ? value : null;
}

/** Whether the request came over HTTPS; false without the guard in front (next dev), never from X-Forwarded-Proto. */
export function cameOverHttpsFromHeaders(headers: RequestHeaders): boolean {
  return guardHeader(headers, HTTPS_HEADER) === "1";
}

/** A random nonce for one response: 128 bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
