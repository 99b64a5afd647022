import "server-only";
import { isIP } from "node:net";
import { guardHeader, type RequestHeaders } from "./headers";

/**
 * Set by the production server's request guard (scripts/request-guard.cjs) from the socket and
 * the CHANCERY_TRUSTED_PROXIES hops of X-Forwarded-For, after removing any copy a client sent.
 * Route handlers never see the socket, so this is the only client address they can trust.
 */
export const CLIENT_ADDRESS_HEADER = "x-chancery-client-address";

/**
 * The client's network address, for throttling and the audit log; "unknown" without the
 * guard in front (next dev), so that X-Forwarded-For, the client's own text, is never used.
 */
export function clientAddressFromHeaders(headers: RequestHeaders): string {
  const value = guardHeader(headers, CLIENT_ADDRESS_HEADER);
  return value !== null && isIP(value) !== 0 ? value : "unknown";
}
