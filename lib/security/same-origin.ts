/**
 * Cross-site request forgery guard for route handlers that change state.
 * Browsers send Origin with every POST (and Sec-Fetch-Site with every
 * request); a request whose origin is not this site's, or that names neither,
 * is refused before anything is read or written. Server actions get the same
 * check in proxy.ts, before Next.js's own (which answers a mismatch with a
 * server error); next-auth's own routes use its CSRF token.
 */

/** The host (and port) the request was addressed to, as the client saw it (behind a proxy: X-Forwarded-Host). */
export function requestHost(headers: Headers, url: URL): string {
  return (headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || url.host).toLowerCase();
}

export type OriginCheck = { ok: true } | { ok: false; reason: "cross_origin" | "origin_missing" };

/** Compares host and port only: TLS may end at a proxy that does not say so. */
export function checkSameOrigin(request: Request): OriginCheck {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    let originHost: string;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      return { ok: false, reason: "cross_origin" };
    }
    return originHost === requestHost(request.headers, new URL(request.url))
      ? { ok: true }
      : { ok: false, reason: "cross_origin" };
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin") return { ok: true };
  return { ok: false, reason: origin === "null" || site ? "cross_origin" : "origin_missing" };
}

/** A server action call: Next.js's client posts to the page's address with the action's id in Next-Action. */
export function isServerActionRequest(request: Request): boolean {
  return request.method === "POST" && request.headers.has("next-action");
}
