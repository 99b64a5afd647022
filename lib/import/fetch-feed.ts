/**
 * Fetches a blog's or website's feed for import, from the public internet
 * only: the server must not become a way to read the ministry's internal
 * network (SSRF). Every address a host name resolves to is checked, on every
 * redirect, and the body is cut off at a size limit.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { ImportProblem } from "./types";

export interface FetchFeedOptions {
  maxBytes?: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** For tests against a local server only: lets private and loopback addresses through. */
  allowPrivateAddresses?: boolean;
  resolve?: (host: string) => Promise<string[]>;
}

export type FetchFeedResult = { ok: true; content: string; finalUrl: string } | { ok: false; errors: ImportProblem[] };

const MAX_REDIRECTS = 3;

function fail(message: string): FetchFeedResult {
  return { ok: false, errors: [{ index: null, field: "url", message }] };
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) {
    const [a, b] = address.split(".").map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  if (version === 6) {
    const lower = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return lower === "::" || lower === "::1" || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith("ff");
  }
  return true;
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true })).map((entry) => entry.address);
}

function charsetOf(contentType: string | null, head: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const fromXml = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  return (fromHeader ?? fromXml ?? "utf-8").toLowerCase();
}

export async function fetchFeed(address: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const fetchImpl = options.fetchImpl ?? fetch;
  const resolve = options.resolve ?? resolveAll;
  let current: URL;
  try {
    current = new URL(address);
  } catch {
    return fail("This is not a web address.");
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (current.protocol !== "https:" && current.protocol !== "http:") return fail("Only http:// and https:// addresses can be fetched.");
    if (current.username || current.password) return fail("Addresses with a user name or password are refused.");
    const host = current.hostname.replace(/^\[|\]$/g, "");
    if (!options.allowPrivateAddresses) {
      if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) return fail("Addresses inside the ministry's network are refused.");
      let addresses: string[];
      try {
        addresses = isIP(host) ? [host] : await resolve(host);
      } catch {
        return fail(`The host ${host} cannot be found.`);
      }
      if (addresses.length === 0 || addresses.some(isPrivateAddress)) return fail("Addresses inside the ministry's network are refused.");
    }
    let response: Response;
    try {
      response = await fetchImpl(current, { redirect: "manual", signal, headers: { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5" } });
    } catch (error) {
      return fail(signal.aborted ? "The feed did not answer in time." : `The feed cannot be fetched (${error instanceof Error ? error.message : "network error"}).`);
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      if (!location) return fail(`The feed redirects (HTTP ${response.status}) without saying where.`);
      current = new URL(location, current);
      continue;
    }
    if (!response.ok) return fail(`The feed answered HTTP ${response.status}.`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) return fail(`The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        let part: ReadableStreamReadResult<Uint8Array>;
        try {
          part = await reader.read();
        } catch {
          return fail(signal.aborted ? "The feed did not answer in time." : "The feed's answer was cut off.");
        }
        if (part.done) break;
        size += part.value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          return fail(`The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
        }
        chunks.push(part.value);
      }
    }
    const bytes = Buffer.concat(chunks);
    const charset = charsetOf(response.headers.get("content-type"), bytes.subarray(0, 200).toString("latin1"));
    let content: string;
    try {
      content = new TextDecoder(charset).decode(bytes);
    } catch {
      content = new TextDecoder("utf-8").decode(bytes);
    }
    return { ok: true, content, finalUrl: current.toString() };
  }
  return fail(`The feed redirects more than ${MAX_REDIRECTS} times.`);
}
