/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds of missions' blogs and
 * websites. Every item is an original post (feeds have no replies or
 * reposts); its text is the title and the body as plain text.
 *
 * Safety: a feed that declares entities in a DOCTYPE is refused before it is
 * parsed, so no external entity is ever resolved and no entity expansion can
 * blow up; only XML's five entities and character references are decoded.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { message, type Message } from "../messages";
import { parseRfc3339 } from "./csv-posts";
import { decodeEntities, htmlToText } from "./html-text";
import type { ImportProblem, ImportRecord, ParseOptions, ParseResult } from "./types";

export const FEED_MAX_BYTES = 20 * 1024 * 1024;
const TEXT_MAX = 10_000;

type Node = Record<string, unknown>;

function problem(
  index: number | null,
  field: string | null,
  message: Message,
  line: number | null = null,
): ImportProblem {
  return { index, field, ...message, line };
}

/** Text of an element that may be plain, have attributes ({ "#text": … }) or be missing. */
function textOf(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "object") {
    const node = value as Node;
    const children = Object.keys(node).filter((key) => !key.startsWith("@_") && key !== "#text");
    if ("#text" in node && children.length === 0) return textOf(node["#text"]);
    // XHTML content in Atom is parsed into elements: flatten it back into its words (their order within mixed content is not kept).
    return Object.entries(node)
      .filter(([key]) => !key.startsWith("@_"))
      .map(([, child]) => (Array.isArray(child) ? child.map((c) => textOf(c) ?? "").join(" ") : (textOf(child) ?? "")))
      .join(" ")
      .trim();
  }
  return null;
}

function attr(value: unknown, name: string): string | null {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const found = (value as Node)[`@_${name}`];
    return typeof found === "string" ? found : null;
  }
  return null;
}

function asArray(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

const ZONES: Record<string, string> = {
  UT: "+0000",
  GMT: "+0000",
  Z: "+0000",
  EST: "-0500",
  EDT: "-0400",
  CST: "-0600",
  CDT: "-0500",
  MST: "-0700",
  MDT: "-0600",
  PST: "-0800",
  PDT: "-0700",
};
const RFC822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** RSS's RFC 822 dates ("Tue, 15 Aug 2017 10:05:00 +0800", "… GMT"); null when not a real moment with a zone. */
export function parseRfc822(value: string): Date | null {
  const m = RFC822.exec(value.trim());
  if (!m) return null;
  const [, dd, mon, yyyy, hh, mi, ss, zone] = m as unknown as string[];
  const month = MONTHS.indexOf(mon!.toLowerCase());
  const offset = /^[+-]\d{4}$/.test(zone!) ? zone! : ZONES[zone!.toUpperCase()];
  if (month < 0 || !offset) return null;
  const [day, hour, minute, second] = [dd, hh, mi, ss ?? "0"].map(Number) as [number, number, number, number];
  const utc = Date.UTC(Number(yyyy), month, day, hour, minute, second);
  const probe = new Date(utc);
  if (probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const minutes = (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  return new Date(utc - minutes * 60_000);
}

function normaliseLanguage(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return null;
  const [primary, ...rest] = trimmed.split("-");
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join("-");
}

/** The 1-based line of the n-th (0-based) opening tag, for problems. */
function lineOfTag(content: string, tag: string, n: number): number | null {
  const pattern = new RegExp(`<${tag}[\\s>]`, "g");
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= n; i++) {
    match = pattern.exec(content);
    if (!match) return null;
  }
  return content.slice(0, match!.index).split("\n").length;
}

function record(fields: {
  id: string;
  postedAt: Date;
  title: string | null;
  body: string | null;
  language: string | null;
  url: string | null;
  comments: number | null;
}): ImportRecord {
  // XML escaping first ("&lt;p&gt;" is markup in RSS descriptions), then the HTML itself.
  const plain = (value: string | null) => (value ? htmlToText(decodeEntities(value)) : "");
  const text = [plain(fields.title), plain(fields.body)].filter(Boolean).join("\n\n").slice(0, TEXT_MAX);
  return {
    platformId: fields.id,
    postedAt: fields.postedAt,
    text,
    language: fields.language,
    replyToHandle: null,
    quotedHandle: null,
    repostOfHandle: null,
    mentions: [],
    likeCount: null,
    replyCount: fields.comments,
    repostCount: null,
    url: fields.url,
  };
}

/** The root elements of RSS 2.0, RSS 1.0 (RDF) and Atom. */
export const FEED_ROOTS: ReadonlySet<string> = new Set(["rss", "rdf:RDF", "feed"]);

/**
 * The name of an XML document's root element, found past what XML allows before
 * it (a byte-order mark, the declaration, processing instructions such as
 * WordPress's <?xml-stylesheet?>, comments, a DOCTYPE, white space); null when
 * the text does not begin as an XML document or ends before its root.
 */
export function xmlRootName(text: string): string | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    let end: number;
    // An instruction ends at the first "?>", a comment at the first "-->" (XML 1.0, 2.5 and 2.6).
    if (text.startsWith("<?", at)) end = endOf(text, "?>", at + 2);
    else if (text.startsWith("<!--", at)) end = endOf(text, "-->", at + 4);
    else if (text.slice(at, at + 9).toUpperCase() === "<!DOCTYPE") {
      const close = text.indexOf(">", at);
      const subset = text.indexOf("[", at);
      end = subset >= 0 && subset < close ? endOf(text, ">", endOf(text, "]", subset)) : close < 0 ? -1 : close + 1;
    } else break;
    if (end < 0) return null;
    at = end;
  }
  return /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(text.slice(at, at + 256))?.[1] ?? null;
}

/** Where the text after the next `marker` from `from` begins, or -1. */
function endOf(text: string, marker: string, from: number): number {
  if (from < 0) return -1;
  const found = text.indexOf(marker, from);
  return found < 0 ? -1 : found + marker.length;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Entities are decoded by decodeEntities below, never from a DOCTYPE.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
});

export function parseFeed(content: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  if (Buffer.byteLength(content, "utf8") > maxBytes)
    return {
      ok: false,
      read: 0,
      errors: [
        problem(null, null, message("importProblems.feed.tooLarge", { megabytes: Math.round(maxBytes / 1024 / 1024) })),
      ],
    };
  const xml = content.replace(/^\uFEFF/, "");
  if (/<!DOCTYPE[^>]*\[/i.test(xml) || /<!ENTITY/i.test(xml)) {
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.feed.doctype"))] };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      ok: false,
      read: 0,
      errors: [
        problem(null, null, message("importProblems.feed.notWellFormed", { detail: valid.err.msg }), valid.err.line),
      ],
    };
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    return {
      ok: false,
      read: 0,
      errors: [
        problem(
          null,
          null,
          message("importProblems.feed.unreadable", { detail: error instanceof Error ? error.message : String(error) }),
        ),
      ],
    };
  }
  const decode = (value: string | null) => (value == null ? null : decodeEntities(value));
  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const seen = new Map<string, number>();
  const add = (
    index: number,
    tag: string,
    id: string | null,
    postedAt: Date | null,
    dateField: string,
    build: (id: string, postedAt: Date) => ImportRecord,
  ) => {
    const line = lineOfTag(xml, tag, index);
    if (!id)
      return void errors.push(
        problem(index, tag === "entry" ? "id" : "guid", message("importProblems.record.feedNoId"), line),
      );
    if (!postedAt)
      return void errors.push(problem(index, dateField, message("importProblems.record.feedNoDate"), line));
    const earlier = seen.get(id);
    if (earlier != null)
      return void errors.push(
        problem(
          index,
          tag === "entry" ? "id" : "guid",
          message("importProblems.record.feedRepeats", { earlier, id }),
          line,
        ),
      );
    seen.set(id, index);
    records.push(build(id, postedAt));
  };

  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
    const channelLanguage = normaliseLanguage(
      textOf(channel.language) ?? textOf(channel["dc:language"]) ?? attr(rss, "xml:lang"),
    );
    const items = asArray(rss ? channel.item : rdf?.item);
    items.forEach((raw, index) => {
      const item = (raw ?? {}) as Node;
      const link = decode(textOf(asArray(item.link)[0]));
      const id = decode(textOf(item.guid)) ?? attr(item, "rdf:about") ?? link;
      const dateText = textOf(item.pubDate) ?? textOf(item["dc:date"]);
      const postedAt = dateText ? (parseRfc822(dateText) ?? parseRfc3339(dateText)) : null;
      const comments = textOf(item["slash:comments"]);
      add(index, "item", id, postedAt, item.pubDate != null ? "pubDate" : "dc:date", (platformId, at) =>
        record({
          id: platformId,
          postedAt: at,
          title: textOf(item.title),
          body: textOf(item["content:encoded"]) ?? textOf(item.description),
          language: normaliseLanguage(attr(item, "xml:lang") ?? textOf(item["dc:language"])) ?? channelLanguage,
          url: link,
          comments: comments && /^\d{1,9}$/.test(comments) ? Number(comments) : null,
        }),
      );
    });
    if (errors.length > 0) return { ok: false, read: items.length, errors };
    return { ok: true, read: items.length, records, skipped: [] };
  }
  if (atom) {
    const feedLanguage = normaliseLanguage(attr(atom, "xml:lang"));
    const entries = asArray(atom.entry);
    entries.forEach((raw, index) => {
      const entry = (raw ?? {}) as Node;
      const links = asArray(entry.link);
      const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate") ?? links[0];
      const dateText = textOf(entry.published) ?? textOf(entry.updated);
      const content = entry.content ?? entry.summary;
      add(
        index,
        "entry",
        decode(textOf(entry.id)),
        dateText ? parseRfc3339(dateText) : null,
        entry.published != null ? "published" : "updated",
        (platformId, at) =>
          record({
            id: platformId,
            postedAt: at,
            title: textOf(entry.title),
            body: textOf(content),
            language: normaliseLanguage(attr(entry, "xml:lang") ?? attr(content, "xml:lang")) ?? feedLanguage,
            url: attr(alternate, "href"),
            comments: null,
          }),
      );
    });
    if (errors.length > 0) return { ok: false, read: entries.length, errors };
    return { ok: true, read: entries.length, records, skipped: [] };
  }
  return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.feed.notAFeed"))] };
}
