/**
 * The one HTTP client for addresses a user or a platform gives us (feeds now,
 * platform connectors later). Chancery runs inside the ministry's network, so
 * a fetch must never become a way to read that network (SSRF):
 *
 * - only public unicast addresses are allowed (an allow-list over ipaddr.js'
 *   ranges, so a range nobody thought of is refused rather than reached);
 * - a host name is resolved once per hop, every address it has is checked,
 *   and the socket is pinned to the checked address through `lookup`, so a
 *   name that answers differently on a second query (DNS rebinding) cannot
 *   slip an internal address in between the check and the connection;
 * - every redirect hop goes through the same checks; redirects, total time
 *   and bytes (declared and streamed, after decompression) are capped;
 * - every failure to reach the address (refused range, unknown name,
 *   connection refused or reset, no answer) is one refusal code, so the
 *   answer does not tell an open port from a closed one or a live host from
 *   a missing one.
 */
// No "server-only" marker: the import CLI (scripts/import.ts) fetches feeds through this client too.
import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import ipaddr from "ipaddr.js";

export const OUTBOUND_MAX_BYTES = 10 * 1024 * 1024;
export const OUTBOUND_TIMEOUT_MS = 15_000;
export const OUTBOUND_MAX_REDIRECTS = 3;

/** What the caller may show: `unreachable` covers every failure to reach the address, on purpose. */
export type OutboundRefusalCode =
  | "invalid_url"
  | "unsupported_scheme"
  | "credentials"
  | "unreachable"
  | "redirect_without_location"
  | "too_many_redirects"
  | "too_large"
  | "timed_out"
  | "cut_off";

/** Why, for the audit log and the server's own diagnosis; never shown to the requester. */
export type OutboundRefusalReason =
  OutboundRefusalCode | "name_refused" | "not_public" | "name_not_resolved" | "connect_failed" | "no_answer";

export interface OutboundRefusal {
  code: OutboundRefusalCode;
  reason: OutboundRefusalReason;
  /** The host asked for (as the URL spells it), for the audit log. */
  host: string | null;
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The address that answered, after redirects. */
  url: URL;
}

export type OutboundResult = { ok: true; response: OutboundResponse } | { ok: false; refusal: OutboundRefusal };

export interface OutboundGetOptions {
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface OutboundClient {
  get(url: string | URL, options?: OutboundGetOptions): Promise<OutboundResult>;
}

/**
 * How names are resolved and which addresses may be reached. Only tests pass
 * their own (a resolver that rebinds, one loopback address allowed); the
 * routes use `outboundHttp`, and nothing a request carries reaches this.
 */
export interface OutboundPolicy {
  resolve?: (host: string) => Promise<string[]>;
  isAllowedAddress?: (address: string) => boolean;
}

// Global unicast is 2000::/3; outside it ipaddr.js still says "unicast" for
// e.g. the deprecated IPv4-compatible ::a.b.c.d, which must not pass.
const IPV6_GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");

// Public addresses that clouds answer metadata or platform requests on.
const METADATA_ADDRESSES = new Set(["168.63.129.16"]);

/**
 * True only for a public unicast address. IPv4-mapped IPv6 is judged as the
 * IPv4 address it carries; NAT64, 6to4, Teredo and every other range
 * ipaddr.js names (private, loopback, link-local, ULA, multicast, reserved…)
 * are refused.
 */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address.replace(/^\[|\]$/g, ""));
  } catch {
    return false;
  }
  if (parsed.range() !== "unicast") return false;
  if (parsed.kind() === "ipv6" && !(parsed as ipaddr.IPv6).match(IPV6_GLOBAL_UNICAST)) return false;
  return !METADATA_ADDRESSES.has(parsed.toString());
}

/** Names that only mean something inside a network; refused before any DNS query. */
function isInternalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (!name.includes(".")) return true;
  return /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/.test(name);
}

async function resolveAll(host: string): Promise<string[]> {
  return (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
}

/** Hands the socket the address that was checked, whatever the name resolves to by now. */
function pinnedLookup(address: string): LookupFunction {
  const family = ipaddr.parse(address).kind() === "ipv6" ? 6 : 4;
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

class Refusal extends Error {
  constructor(
    readonly code: OutboundRefusalCode,
    readonly reason: OutboundRefusalReason = code,
  ) {
    super(reason);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

export function createOutboundClient(policy: OutboundPolicy = {}): OutboundClient {
  const resolve = policy.resolve ?? resolveAll;
  const isAllowed = policy.isAllowedAddress ?? isPublicAddress;

  /** The one address this hop may connect to, or a refusal. */
  async function checkedAddress(url: URL, deadline: AbortSignal): Promise<string> {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    let addresses: string[];
    if (ipaddr.isValid(host)) {
      addresses = [host];
    } else {
      if (isInternalName(host)) throw new Refusal("unreachable", "name_refused");
      try {
        addresses = await Promise.race([
          resolve(host),
          new Promise<never>((_, reject) => {
            if (deadline.aborted) reject(deadline.reason);
            deadline.addEventListener("abort", () => reject(deadline.reason), { once: true });
          }),
        ]);
      } catch {
        throw new Refusal("unreachable", "name_not_resolved");
      }
      if (addresses.length === 0) throw new Refusal("unreachable", "name_not_resolved");
    }
    // One internal address among public ones refuses the name: the system resolver may pick any of them.
    if (!addresses.every((address) => ipaddr.isValid(address) && isAllowed(ipaddr.process(address).toString()))) {
      throw new Refusal("unreachable", "not_public");
    }
    // IPv4 first: many servers have no IPv6 route, and only this one address will be tried.
    return addresses.find((address) => ipaddr.process(address).kind() === "ipv4") ?? addresses[0]!;
  }

  function exchange(
    url: URL,
    address: string,
    headers: Record<string, string>,
    maxBytes: number,
    deadline: AbortSignal,
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((settle, fail) => {
      let answered = false;
      const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
        {
          protocol: url.protocol,
          hostname: url.hostname.replace(/^\[|\]$/g, ""),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: "GET",
          headers,
          lookup: pinnedLookup(address),
          // A fresh socket per hop: a pooled one could be connected to an address checked for another name.
          agent: false,
          signal: deadline,
        },
        (response) => {
          answered = true;
          const status = response.statusCode ?? 0;
          if (REDIRECTS.has(status)) {
            // The body of a redirect is not read: a server could stream one without end.
            response.destroy();
            settle({ status, headers: response.headers, body: Buffer.alloc(0) });
            return;
          }
          const declared = Number(response.headers["content-length"] ?? "0");
          if (Number.isFinite(declared) && declared > maxBytes) {
            response.destroy();
            fail(new Refusal("too_large"));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          let done = false;
          const stream = decoded(response);
          const stop = (error: Refusal) => {
            if (done) return;
            done = true;
            response.destroy();
            stream.destroy();
            fail(error);
          };
          stream.on("data", (chunk: Buffer) => {
            size += chunk.byteLength;
            if (size > maxBytes) stop(new Refusal("too_large"));
            else chunks.push(chunk);
          });
          stream.on("end", () => {
            if (done) return;
            done = true;
            settle({ status, headers: response.headers, body: Buffer.concat(chunks) });
          });
          stream.on("error", () => stop(new Refusal(deadline.aborted ? "timed_out" : "cut_off")));
          response.on("error", () => stop(new Refusal(deadline.aborted ? "timed_out" : "cut_off")));
          response.on("close", () => {
            if (!response.complete) stop(new Refusal(deadline.aborted ? "timed_out" : "cut_off"));
          });
        },
      );
      request.on("error", () => {
        // Before any answer every failure looks the same to the requester: closed, reset, filtered or silent.
        if (!answered) fail(new Refusal("unreachable", deadline.aborted ? "no_answer" : "connect_failed"));
      });
      request.end();
    });
  }

  return {
    async get(target, options = {}) {
      const maxBytes = options.maxBytes ?? OUTBOUND_MAX_BYTES;
      const maxRedirects = options.maxRedirects ?? OUTBOUND_MAX_REDIRECTS;
      const headers: Record<string, string> = { "user-agent": "Chancery", "accept-encoding": "gzip, deflate, br" };
      for (const [name, value] of Object.entries(options.headers ?? {}))
        if (name.toLowerCase() !== "host") headers[name.toLowerCase()] = value;
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        return { ok: false, refusal: { code: "invalid_url", reason: "invalid_url", host: null } };
      }
      const deadline = AbortSignal.timeout(options.timeoutMs ?? OUTBOUND_TIMEOUT_MS);
      for (let hop = 0; ; hop++) {
        try {
          if (url.protocol !== "http:" && url.protocol !== "https:") throw new Refusal("unsupported_scheme");
          if (url.username || url.password) throw new Refusal("credentials");
          const address = await checkedAddress(url, deadline);
          const answer = await exchange(url, address, headers, maxBytes, deadline);
          if (!REDIRECTS.has(answer.status)) return { ok: true, response: { ...answer, url } };
          if (hop === maxRedirects) throw new Refusal("too_many_redirects");
          const location = answer.headers.location;
          if (!location) throw new Refusal("redirect_without_location");
          try {
            url = new URL(location, url);
          } catch {
            throw new Refusal("redirect_without_location");
          }
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          return { ok: false, refusal: { code: error.code, reason: error.reason, host: url.hostname } };
        }
      }
    },
  };
}

/** The client every route and script uses. */
export const outboundHttp: OutboundClient = createOutboundClient();
