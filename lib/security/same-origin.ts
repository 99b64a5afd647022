/**
 * Cross-site request forgery guard for route handlers that change state.
 * Browsers send Origin with every POST (and Sec-Fetch-Site with every
 * request); a request whose origin is not this site's, or that names neither,
 * is refused before anything is read or written. Next.js applies the same
 * Origin/Host comparison to server actions itself; next-auth's own routes use
 * its CSRF token.
 */

/** The origin the request was addressed to, as the client saw it (behind a proxy: X-Forwarded-Host/Proto). */
export function requestOrigin(headers: Headers, url: URL): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || url.host;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  return `${proto}://${host}`.toLowerCase();
}

export type OriginCheck = { ok: true } | { ok: false; reason: "cross_origin" | "origin_missing" };

export function checkSameOrigin(request: Request): OriginCheck {
  const url = new URL(request.url);
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    const expected = requestOrigin(request.headers, url);
    // Compare host and port only: TLS may end at a proxy that does not say so.
    const hostOf = (value: string) => {
      try {
        return new URL(value).host.toLowerCase();
      } catch {
        return null;
      }
    };
    return hostOf(origin) !== null && hostOf(origin) === hostOf(expected) ? { ok: true } : { ok: false, reason: "cross_origin" };
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin") return { ok: true };
  return { ok: false, reason: origin === "null" || site ? "cross_origin" : "origin_missing" };
}
