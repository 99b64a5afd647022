/**
 * Bluesky posts from either of the two files an account can get:
 * - the JSON answer of app.bsky.feed.getAuthorFeed (one page, or a list of
 *   pages), which carries handles and reaction counts;
 * - the repository export (.car, Settings → Export my data, or
 *   com.atproto.sync.getRepo), which carries every record but only DIDs
 *   for other accounts and no counts.
 * Both give a post the same id (its AT URI) and a repost "repost:" + the
 * reposted post's AT URI, so the two files update rather than duplicate
 * each other.
 */
import { message, type Message } from "../messages";
import { issueMessage } from "./issues";
import { z } from "zod";
import { parseRfc3339 } from "./csv-posts";
import type { ExportIdentity, ImportProblem, ImportRecord, ParseOptions, ParseResult, SkippedRecord } from "./types";

const POST = "app.bsky.feed.post";
const REPOST = "app.bsky.feed.repost";

function problem(index: number | null, field: string | null, message: Message): ImportProblem {
  return { index, field, ...message };
}

/** The DID in an AT URI ("at://did:plc:abc/app.bsky.feed.post/3k…" → "did:plc:abc"). */
export function didOfAtUri(uri: string): string | null {
  return /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]+)\//.exec(uri)?.[1] ?? null;
}

const handle = (value: string) => value.replace(/^@/, "").toLowerCase();

const facetSchema = z
  .object({
    index: z.object({ byteStart: z.number().int().nonnegative(), byteEnd: z.number().int().nonnegative() }),
    features: z.array(z.object({ $type: z.string(), did: z.string().optional() }).passthrough()),
  })
  .passthrough();

const recordSchema = z
  .object({
    $type: z.literal(POST),
    text: z.string(),
    createdAt: z.string().refine((value) => parseRfc3339(value) !== null, "importProblems.record.rfc3339"),
    langs: z.array(z.string()).nullish(),
    reply: z
      .object({ parent: z.object({ uri: z.string() }).passthrough() })
      .passthrough()
      .nullish(),
    embed: z.unknown().optional(),
    facets: z.array(facetSchema).nullish(),
  })
  .passthrough();

const authorSchema = z.object({ did: z.string(), handle: z.string() }).passthrough();

const feedItemSchema = z
  .object({
    post: z
      .object({
        uri: z.string().startsWith("at://"),
        author: authorSchema,
        record: z.unknown(),
        embed: z.unknown().optional(),
        likeCount: z.number().int().nonnegative().nullish(),
        replyCount: z.number().int().nonnegative().nullish(),
        repostCount: z.number().int().nonnegative().nullish(),
        $type: z.string().optional(),
      })
      .passthrough(),
    reply: z
      .object({ parent: z.object({ author: authorSchema.optional(), $type: z.string().optional() }).passthrough() })
      .passthrough()
      .nullish(),
    reason: z
      .object({ $type: z.string(), by: authorSchema.optional(), indexedAt: z.string().optional() })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/**
 * Mentioned accounts: the "@handle" text each mention facet spans (UTF-8 byte
 * offsets), else its DID; a mention of the account's own DID is its own handle,
 * whatever handle the text shows.
 */
function mentionsOf(
  text: string,
  facets: z.infer<typeof facetSchema>[] | null | undefined,
  identity: Identity,
): string[] {
  const bytes = new TextEncoder().encode(text);
  const out: string[] = [];
  for (const facet of facets ?? []) {
    for (const feature of facet.features) {
      if (feature.$type !== "app.bsky.richtext.facet#mention") continue;
      if (feature.did && identity.did === feature.did && identity.handle) {
        out.push(identity.handle);
        continue;
      }
      const span = new TextDecoder().decode(bytes.subarray(facet.index.byteStart, facet.index.byteEnd)).trim();
      out.push(/^@[\w.-]+$/.test(span) ? handle(span) : (feature.did ?? span));
    }
  }
  return out;
}

/** The URI of the post an embed quotes (app.bsky.embed.record or recordWithMedia). */
function quotedUriOf(embed: unknown): string | null {
  const e = embed as { $type?: string; record?: { uri?: unknown; record?: { uri?: unknown } } } | null | undefined;
  if (!e || typeof e !== "object") return null;
  if (e.$type?.startsWith("app.bsky.embed.recordWithMedia") && typeof e.record?.record?.uri === "string")
    return e.record.record.uri;
  if (e.$type?.startsWith("app.bsky.embed.record") && typeof e.record?.uri === "string") return e.record.uri;
  return null;
}

/** Handle of the quoted post's author as the feed view shows it (post.embed.record.author), the account's own handle for its own DID. */
function quotedAuthorOf(viewEmbed: unknown, identity: Identity): string | null {
  type Author = { did?: unknown; handle?: unknown };
  const e = viewEmbed as { record?: { author?: Author; record?: { author?: Author } } } | null | undefined;
  const author = e?.record?.author ?? e?.record?.record?.author;
  if (identity.did && author?.did === identity.did && identity.handle) return identity.handle;
  return typeof author?.handle === "string" ? handle(author.handle) : null;
}

interface Identity {
  /** The account's DID: the export's own. */
  did: string | null;
  /** The account's handle as the account is entered here (or as the export shows it, when none was given). */
  handle: string | null;
}

/** A DID as the author's handle when it is the author's own, so that self-threads and self-quotes are recognised. */
function accountOf(did: string | null, identity: Identity, known: Map<string, string>): string | null {
  if (!did) return null;
  if (did === identity.did && identity.handle) return identity.handle;
  return known.get(did) ?? did;
}

function postRecord(
  uri: string,
  record: z.infer<typeof recordSchema>,
  identity: Identity,
  known: Map<string, string>,
  extra: {
    replyToHandle?: string | null;
    quotedHandle?: string | null;
    likeCount?: number | null;
    replyCount?: number | null;
    repostCount?: number | null;
  } = {},
): ImportRecord {
  const quotedUri = quotedUriOf(record.embed);
  return {
    platformId: uri,
    postedAt: parseRfc3339(record.createdAt)!,
    text: record.text,
    language: record.langs?.[0] ?? null,
    replyToHandle:
      extra.replyToHandle ?? (record.reply ? accountOf(didOfAtUri(record.reply.parent.uri), identity, known) : null),
    quotedHandle: extra.quotedHandle ?? (quotedUri ? accountOf(didOfAtUri(quotedUri), identity, known) : null),
    repostOfHandle: null,
    mentions: mentionsOf(record.text, record.facets, identity),
    likeCount: extra.likeCount ?? null,
    replyCount: extra.replyCount ?? null,
    repostCount: extra.repostCount ?? null,
    url: null,
  };
}

const langsSchema = z.object({ langs: z.array(z.string()).nullish() }).passthrough();

/** The first of a post record's langs (what its author chose), or null when it names none. */
function languageOfRecord(value: unknown): string | null {
  const parsed = langsSchema.safeParse(value);
  return parsed.success ? (parsed.data.langs?.[0] ?? null) : null;
}

function postUrl(h: string | null, uri: string): string | null {
  const rkey = /\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri)?.[1];
  return h && rkey ? `https://bsky.app/profile/${h}/post/${rkey}` : null;
}

/** getAuthorFeed JSON: one page ({ feed: [...] }) or a list of pages. */
export function parseBlueskyAuthorFeed(content: string, options: ParseOptions = {}): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      read: 0,
      errors: [
        problem(
          null,
          null,
          message("importProblems.bluesky.notJson", { detail: error instanceof Error ? error.message : "unreadable" }),
        ),
      ],
    };
  }
  const pages = Array.isArray(json) ? json : [json];
  const items: unknown[] = [];
  for (const page of pages) {
    const feed = (page as { feed?: unknown } | null)?.feed;
    if (!Array.isArray(feed))
      return { ok: false, read: 0, errors: [problem(null, "feed", message("importProblems.bluesky.notAuthorFeed"))] };
    items.push(...feed);
  }
  const parsed = items.map((item) => feedItemSchema.safeParse(item));
  // The account is the one given, or the author of most of its own (non-repost) posts.
  const counts = new Map<string, { did: string; handle: string; n: number }>();
  for (const p of parsed) {
    if (!p.success || p.data.reason) continue;
    const a = p.data.post.author;
    const entry = counts.get(a.did) ?? { did: a.did, handle: handle(a.handle), n: 0 };
    entry.n += 1;
    counts.set(a.did, entry);
  }
  // Reposts name who reposted (reason.by): the feed's owner too.
  for (const p of parsed) {
    const by = p.success && p.data.reason?.$type === "app.bsky.feed.defs#reasonRepost" ? p.data.reason.by : undefined;
    if (by && !counts.has(by.did)) counts.set(by.did, { did: by.did, handle: handle(by.handle), n: 0 });
  }
  // The feed's author: the stored DID when the feed has it, else the account's handle, else the author of most posts.
  // A handle can change, a DID does not: the DID found is what the account is known by.
  const wanted = options.authorHandle ? handle(options.authorHandle) : null;
  const authors = [...counts.values()];
  const top = authors.sort((a, b) => b.n - a.n)[0];
  const owner =
    authors.find((c) => c.did === options.ownPlatformUserId) ??
    (wanted ? authors.find((c) => c.handle === wanted) : undefined) ??
    top;
  const identity: Identity = { did: owner?.did ?? null, handle: wanted ?? owner?.handle ?? null };
  const exportIdentity: ExportIdentity | null = owner ? { platformUserId: owner.did, handle: owner.handle } : null;
  const known = new Map(authors.map((c) => [c.did, c.handle]));

  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  parsed.forEach((p, index) => {
    if (!p.success) {
      for (const issue of p.error.issues.slice(0, 5))
        errors.push(problem(index, issue.path.join(".") || null, issueMessage(issue)));
      return;
    }
    const { post, reason, reply } = p.data;
    if (post.$type?.endsWith("#notFoundPost") || post.$type?.endsWith("#blockedPost"))
      return void skipped.push({ index, platformId: post.uri, reason: "deleted or blocked" });
    if (reason?.$type === "app.bsky.feed.defs#reasonRepost") {
      if (reason.by && identity.did && reason.by.did !== identity.did)
        return void skipped.push({ index, platformId: post.uri, reason: "not by this account" });
      const platformId = `repost:${post.uri}`;
      if (seen.has(platformId)) return;
      seen.add(platformId);
      const at = reason.indexedAt ? parseRfc3339(reason.indexedAt) : null;
      if (!at) return void errors.push(problem(index, "reason.indexedAt", message("importProblems.record.repostTime")));
      records.push({
        platformId,
        postedAt: at,
        text: "",
        // A repost is in the reposted post's words: its language is that post's (post.record.langs).
        language: languageOfRecord(post.record),
        replyToHandle: null,
        quotedHandle: null,
        repostOfHandle: post.author.did === identity.did ? identity.handle : handle(post.author.handle),
        mentions: [],
        likeCount: null,
        replyCount: null,
        repostCount: null,
        url: postUrl(handle(post.author.handle), post.uri),
      });
      return;
    }
    // A pinned post (includePins) is listed first with reasonPin and again where it was posted.
    if (reason?.$type === "app.bsky.feed.defs#reasonPin")
      return void skipped.push({ index, platformId: post.uri, reason: "pinned duplicate" });
    if (reason) return void skipped.push({ index, platformId: post.uri, reason: "pinned or other feed reason" });
    if (identity.did && post.author.did !== identity.did)
      return void skipped.push({ index, platformId: post.uri, reason: "not by this account" });
    const record = recordSchema.safeParse(post.record);
    if (!record.success) {
      for (const issue of record.error.issues.slice(0, 5))
        errors.push(problem(index, ["post", "record", ...issue.path].join("."), issueMessage(issue)));
      return;
    }
    if (seen.has(post.uri)) return;
    seen.add(post.uri);
    const parentAuthor = reply?.parent?.author;
    records.push({
      ...postRecord(post.uri, record.data, identity, known, {
        replyToHandle: parentAuthor
          ? parentAuthor.did === identity.did
            ? identity.handle
            : handle(parentAuthor.handle)
          : undefined,
        quotedHandle: quotedAuthorOf(post.embed, identity) ?? undefined,
        likeCount: post.likeCount ?? null,
        replyCount: post.replyCount ?? null,
        repostCount: post.repostCount ?? null,
      }),
      url: postUrl(identity.handle, post.uri),
    });
  });
  if (errors.length > 0) return { ok: false, read: items.length, errors };
  return { ok: true, read: items.length, records, skipped, identity: exportIdentity };
}

type Cid = { toString(): string };
interface MstEntry {
  p: number;
  k: Uint8Array;
  v: Cid;
  t: Cid | null;
}
interface MstNode {
  l: Cid | null;
  e: MstEntry[];
}

/** Every record key ("collection/rkey") and its CID, walking the repository's Merkle search tree in order. */
async function walkMst(
  dagCbor: DagCbor,
  blocks: Map<string, Uint8Array>,
  root: Cid,
  out: [string, Cid][],
  depth = 0,
): Promise<void> {
  if (depth > 64) throw new Error("the record tree is too deep");
  const bytes = blocks.get(root.toString());
  if (!bytes) return; // A partial export (e.g. since a revision) may leave parts of the tree out.
  const node = dagCbor.decode(bytes) as MstNode;
  if (!node || !Array.isArray(node.e)) throw new Error("a record tree node has no entries");
  if (node.l) await walkMst(dagCbor, blocks, node.l, out, depth + 1);
  let previous = "";
  for (const entry of node.e) {
    const key = previous.slice(0, entry.p) + new TextDecoder().decode(entry.k);
    previous = key;
    out.push([key, entry.v]);
    if (entry.t) await walkMst(dagCbor, blocks, entry.t, out, depth + 1);
  }
}

const repostSchema = z.object({
  $type: z.literal(REPOST),
  subject: z.object({ uri: z.string().startsWith("at://") }).passthrough(),
  createdAt: z.string().refine((value) => parseRfc3339(value) !== null, "importProblems.record.rfc3339"),
});

type DagCbor = typeof import("@ipld/dag-cbor");

/**
 * The CAR and DAG-CBOR readers are ESM-only packages without a "require" export: a static
 * import breaks the CommonJS loader that tsx gives the command-line scripts
 * (ERR_PACKAGE_PATH_NOT_EXPORTED), so they are loaded when a .car file arrives.
 */
async function loadCarReaders() {
  const [{ CarReader }, dagCbor] = await Promise.all([import("@ipld/car"), import("@ipld/dag-cbor")]);
  return { CarReader, dagCbor };
}

/** The repository export (.car). */
export async function parseBlueskyRepo(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const { CarReader, dagCbor } = await loadCarReaders();
  let did: string;
  const blocks = new Map<string, Uint8Array>();
  const keys: [string, Cid][] = [];
  try {
    const reader = await CarReader.fromBytes(bytes);
    const [rootCid] = await reader.getRoots();
    if (!rootCid) throw new Error("it names no root");
    for await (const block of reader.blocks()) blocks.set(block.cid.toString(), block.bytes);
    const commit = dagCbor.decode(blocks.get(rootCid.toString()) ?? new Uint8Array()) as { did?: unknown; data?: Cid };
    if (typeof commit?.did !== "string" || !commit.data) throw new Error("its root is not a repository commit");
    did = commit.did;
    await walkMst(dagCbor, blocks, commit.data, keys);
  } catch (error) {
    return {
      ok: false,
      read: 0,
      errors: [
        problem(
          null,
          null,
          message("importProblems.bluesky.notRepository", {
            detail: error instanceof Error ? error.message : String(error),
          }),
        ),
      ],
    };
  }
  const identity: Identity = { did, handle: options.authorHandle ? handle(options.authorHandle) : null };
  const known = new Map<string, string>();
  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const wanted = keys.filter(([key]) => key.startsWith(`${POST}/`) || key.startsWith(`${REPOST}/`));
  wanted.forEach(([key, cid], index) => {
    const uri = `at://${did}/${key}`;
    const bytesOfRecord = blocks.get(cid.toString());
    if (!bytesOfRecord) return void skipped.push({ index, platformId: uri, reason: "record not in the export" });
    let value: unknown;
    try {
      value = dagCbor.decode(bytesOfRecord);
    } catch {
      return void errors.push(problem(index, key, message("importProblems.record.undecodable")));
    }
    if (key.startsWith(`${REPOST}/`)) {
      const repost = repostSchema.safeParse(value);
      if (!repost.success)
        return void errors.push(
          problem(
            index,
            `${key} ${repost.error.issues[0]?.path.join(".") ?? ""}`.trim(),
            repost.error.issues[0]
              ? issueMessage(repost.error.issues[0])
              : message("importProblems.record.invalid", { detail: "invalid repost" }),
          ),
        );
      const target = repost.data.subject.uri;
      records.push({
        platformId: `repost:${target}`,
        postedAt: parseRfc3339(repost.data.createdAt)!,
        text: "",
        language: null,
        replyToHandle: null,
        quotedHandle: null,
        repostOfHandle: accountOf(didOfAtUri(target), identity, known),
        mentions: [],
        likeCount: null,
        replyCount: null,
        repostCount: null,
        url: null,
      });
      return;
    }
    const post = recordSchema.safeParse(value);
    if (!post.success) {
      for (const issue of post.error.issues.slice(0, 5))
        errors.push(problem(index, [key, ...issue.path].join("."), issueMessage(issue)));
      return;
    }
    records.push({ ...postRecord(uri, post.data, identity, known), url: postUrl(identity.handle, uri) });
  });
  // A repost of the account's own post takes that post's language; others' posts are not in the repository.
  const languages = new Map(records.map((r) => [r.platformId, r.language]));
  for (const r of records)
    if (r.platformId.startsWith("repost:")) r.language = languages.get(r.platformId.slice("repost:".length)) ?? null;
  if (errors.length > 0) return { ok: false, read: wanted.length, errors };
  // The repository is the account's own by construction: its commit names its DID (a handle is not in it).
  return { ok: true, read: wanted.length, records, skipped, identity: { platformUserId: did, handle: null } };
}
