/**
 * Fetches a blog's or website's feed for import through the one outbound
 * client (lib/security/outbound-http.ts), which keeps the fetch on the public
 * internet. What went wrong comes back as a code the screen and the CLI word
 * from the message catalog.
 */
import { outboundHttp, type OutboundClient, type OutboundRefusal } from "../security/outbound-http";

export interface FetchFeedOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Tests pass a client with their own resolver and allowed addresses. */
  client?: OutboundClient;
}

/**
 * `cannot_fetch` is every failure to reach the address (internal, unknown,
 * closed, silent); the rest are answers from a public server.
 */
export type FeedFetchProblem =
  | {
      code:
        | "cannot_fetch"
        | "invalid_url"
        | "unsupported_scheme"
        | "credentials"
        | "timed_out"
        | "cut_off"
        | "too_many_redirects"
        | "redirect_without_location";
    }
  | { code: "http_status"; status: number }
  | { code: "too_large"; megabytes: number };

export type FetchFeedResult =
  | { ok: true; content: string; finalUrl: string }
  | { ok: false; problem: FeedFetchProblem; refusal: OutboundRefusal | null };

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5";

function charsetOf(contentType: string | undefined, head: string, body: Uint8Array): string {
  // A byte-order mark outranks what the server and the declaration say (WHATWG Encoding, "decode").
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const fromXml = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  return (fromHeader ?? fromXml ?? "utf-8").toLowerCase();
}

function problemOf(refusal: OutboundRefusal, maxBytes: number): FeedFetchProblem {
  if (refusal.code === "unreachable") return { code: "cannot_fetch" };
  if (refusal.code === "too_large") return { code: "too_large", megabytes: Math.round(maxBytes / 1024 / 1024) };
  return { code: refusal.code };
}

export async function fetchFeed(address: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const client = options.client ?? outboundHttp;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const fetched = await client.get(address, { headers: { accept: ACCEPT }, maxBytes, timeoutMs: options.timeoutMs });
  if (!fetched.ok) return { ok: false, problem: problemOf(fetched.refusal, maxBytes), refusal: fetched.refusal };
  const { status, headers, body, url } = fetched.response;
  if (status < 200 || status > 299) return { ok: false, problem: { code: "http_status", status }, refusal: null };
  const charset = charsetOf(headers["content-type"], body.subarray(0, 200).toString("latin1"), body);
  let content: string;
  try {
    content = new TextDecoder(charset).decode(body);
  } catch {
    content = new TextDecoder("utf-8").decode(body);
  }
  return { ok: true, content, finalUrl: url.toString() };
}
