import "server-only";
import { isIP } from "node:net";

/**
 * Set by the production server's request guard (scripts/request-guard.cjs) from the socket and
 * the CHANCERY_TRUSTED_PROXIES hops of X-Forwarded-For, after removing any copy a client sent.
 * Route handlers never see the socket, so this is the only client address they can trust.
 */
export const CLIENT_ADDRESS_HEADER = "x-chancery-client-address";

type RequestHeaders = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's network address, for throttling and the audit log; "unknown" without the
 * guard in front (next dev), so that X-Forwarded-For, the client's own text, is never used.
 */
export function clientAddressFromHeaders(headers: RequestHeaders): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && isIP(value) !== 0 ? value : "unknown";
}

/**
 * Set by the same guard to "1" when the client came over HTTPS (its own socket, or the
 * outermost trusted proxy's X-Forwarded-Proto), else "0", after removing a client's own copy.
 */
export const HTTPS_HEADER = "x-chancery-https";

/** Whether the request came over HTTPS; false without the guard in front (next dev), never from X-Forwarded-Proto. */
export function cameOverHttpsFromHeaders(headers: RequestHeaders): boolean {
  return (headers instanceof Headers ? headers.get(HTTPS_HEADER) : headers?.[HTTPS_HEADER]) === "1";
}
