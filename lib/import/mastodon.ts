/**
 * Reads a Mastodon account export (Preferences → Import and export → Request
 * your archive): a .zip or .tar.gz holding outbox.json, the account's
 * ActivityPub outbox (an OrderedCollection of `Create` activities for posts
 * and `Announce` activities for boosts), and actor.json.
 *
 * Handles are written "name@host" in lower case, the form Mastodon shows
 * without the leading "@", so that an account on another server is never
 * confused with a namesake here.
 */
import { z } from "zod";
import { message, type Message } from "../messages";
import { issueMessage } from "./issues";
import { findEntry, readArchiveEntries, archiveKindOf } from "./archive";
import { htmlToText } from "./html-text";
import type { ExportIdentity, ImportProblem, ImportRecord, ParseOptions, ParseResult, SkippedRecord } from "./types";

const PUBLIC = new Set(["https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"]);

const audience = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((v) => (v == null ? [] : Array.isArray(v) ? v : [v]));
const counter = z
  .object({ totalItems: z.number().int().nonnegative().optional() })
  .passthrough()
  .nullish()
  .transform((v) => v?.totalItems ?? null);
const rfc3339 = z
  .string()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
    "importProblems.record.rfc3339",
  );

const tagSchema = z
  .object({ type: z.string(), name: z.string().optional(), href: z.string().optional() })
  .passthrough();

const noteSchema = z
  .object({
    id: z.string().min(1),
    type: z.string(),
    published: rfc3339.optional(),
    url: z.string().nullish(),
    content: z.string().nullish(),
    contentMap: z.record(z.string(), z.string()).nullish(),
    inReplyTo: z.string().nullish(),
    to: audience,
    cc: audience,
    tag: z.array(tagSchema).nullish(),
    quote: z.string().nullish(),
    quoteUri: z.string().nullish(),
    _misskey_quote: z.string().nullish(),
    likes: counter,
    shares: counter,
    replies: counter,
  })
  .passthrough();

const activitySchema = z
  .object({
    id: z.string().min(1),
    type: z.string(),
    published: rfc3339,
    actor: z.string().nullish(),
    to: audience,
    cc: audience,
    object: z.unknown(),
  })
  .passthrough();

const outboxSchema = z.object({ orderedItems: z.array(z.unknown()), actor: z.string().optional() }).passthrough();

function problem(index: number | null, field: string | null, message: Message): ImportProblem {
  return { index, field, ...message };
}

/** "name@host" for an account URL such as https://host/users/name or https://host/@name; null for anything else. */
export function handleFromAccountUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const match = /^\/(?:users\/([^/]+)|@([^/]+))/.exec(url.pathname);
  const name = match?.[1] ?? match?.[2];
  return name ? `${decodeURIComponent(name).toLowerCase()}@${url.host.toLowerCase()}` : null;
}

/** The account part of a status URL (https://host/users/name/statuses/1 → https://host/users/name). */
function accountUrlOf(statusUrl: string): string | null {
  const match = /^(https?:\/\/[^/]+\/(?:users\/[^/]+|@[^/]+))\//.exec(statusUrl);
  return match ? match[1]! : null;
}

/**
 * A Mention tag as "name@host": from its account URL when there is one, else
 * from its name, where local accounts appear without a host ("@name").
 */
function mentionHandle(tag: { name?: string; href?: string }, localHost: string | null): string | null {
  const fromUrl = tag.href ? handleFromAccountUrl(tag.href) : null;
  if (fromUrl) return fromUrl;
  const name = tag.name?.replace(/^@/, "").toLowerCase();
  if (!name) return null;
  return name.includes("@") || !localHost ? name : `${name}@${localHost}`;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Who may see an activity or post, from its addressing as ActivityPub and
 * Mastodon write it: public (Public in to), unlisted (Public in cc only:
 * public, merely left out of the public timelines, so imported like public),
 * followers only (a followers collection, no Public), direct (neither: only
 * the actors mentioned).
 */
export type Visibility = "public" | "unlisted" | "followers only" | "direct";

export function visibilityOf(
  to: readonly string[],
  cc: readonly string[],
  ownActors: ReadonlySet<string> = new Set(),
): Visibility {
  if (to.some((address) => PUBLIC.has(address))) return "public";
  if (cc.some((address) => PUBLIC.has(address))) return "unlisted";
  // Mastodon's followers collection is <actor>/followers; another server may name it otherwise, but still so.
  const followers = (address: string) =>
    address.endsWith("/followers") || [...ownActors].some((actor) => address === `${actor}/followers`);
  return [...to, ...cc].some(followers) ? "followers only" : "direct";
}

/** The reason a post or boost that is not public is skipped for: "followers only" or "direct"; null when it is public or unlisted. */
function notPublicReason(
  to: readonly string[],
  cc: readonly string[],
  ownActors: ReadonlySet<string>,
): "followers only" | "direct" | null {
  const visibility = visibilityOf(to, cc, ownActors);
  return visibility === "followers only" || visibility === "direct" ? visibility : null;
}

interface Context {
  authorHandle: string | null;
  /** The account's own actor URIs: the export's, and the one stored for the account when it differs. */
  ownActors: ReadonlySet<string>;
  /** The export's actor, whose server is the "local" one for mentions written without a host. */
  actorUrl: string | null;
}

/** Whether an account URL is the account's own (ActivityPub ids are compared as given; hosts case-insensitively). */
function isOwnAccount(accountUrl: string | null, context: Context): boolean {
  if (!accountUrl) return false;
  if (context.ownActors.has(accountUrl)) return true;
  const handle = handleFromAccountUrl(accountUrl);
  return handle !== null && [...context.ownActors].some((actor) => handleFromAccountUrl(actor) === handle);
}

/** A handle as the account's own handle when the account URL is the account's own, so that the classifier sees a self-reference. */
function handleOfAccount(accountUrl: string | null, context: Context): string | null {
  if (!accountUrl) return null;
  return isOwnAccount(accountUrl, context) ? context.authorHandle : handleFromAccountUrl(accountUrl);
}

function toRecord(
  note: z.infer<typeof noteSchema>,
  activity: z.infer<typeof activitySchema>,
  context: Context,
): ImportRecord {
  const localHost = hostOf(context.actorUrl);
  const mentions = (note.tag ?? [])
    .filter((tag) => tag.type === "Mention")
    .map((tag) =>
      tag.href && isOwnAccount(tag.href, context) && context.authorHandle
        ? context.authorHandle
        : mentionHandle(tag, localHost),
    )
    .filter((handle): handle is string => handle !== null);
  let replyToHandle: string | null = null;
  if (note.inReplyTo) {
    // A status URI under the account's own actor URI is a status of its own: the reply continues its thread.
    const own = [...context.ownActors].some((actor) => note.inReplyTo!.startsWith(`${actor}/`));
    const account = accountUrlOf(note.inReplyTo);
    if (own || isOwnAccount(account, context)) replyToHandle = context.authorHandle;
    else {
      const tagged = (note.tag ?? []).find(
        (tag) => tag.type === "Mention" && tag.href && account && tag.href === account,
      );
      replyToHandle = tagged ? mentionHandle(tagged, localHost) : account ? handleFromAccountUrl(account) : null;
    }
  }
  const quote = note.quote ?? note.quoteUri ?? note._misskey_quote ?? null;
  const quoteAccount = quote ? accountUrlOf(quote) : null;
  const html = note.content ?? (note.contentMap ? Object.values(note.contentMap)[0] : "") ?? "";
  return {
    platformId: note.id,
    postedAt: new Date(note.published ?? activity.published),
    text: htmlToText(html),
    language: note.contentMap ? (Object.keys(note.contentMap)[0] ?? null) : null,
    replyToHandle,
    quotedHandle: handleOfAccount(quoteAccount, context),
    repostOfHandle: null,
    mentions,
    likeCount: note.likes,
    replyCount: note.replies,
    repostCount: note.shares,
    url: note.url ?? null,
  };
}

/** What a value is, for importProblems.record.notAnObject ("array" reads "a list"). */
function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * The actor the outbox is of: the collection's own `actor` when it has one,
 * else the `actor` its activities name (Mastodon's backup writes it on every
 * activity and none on the collection), when they agree on one.
 */
function outboxActor(outbox: z.infer<typeof outboxSchema>): string | null {
  if (outbox.actor) return outbox.actor;
  const actors = new Set<string>();
  for (const item of outbox.orderedItems) {
    const actor = (item as { actor?: unknown } | null)?.actor;
    if (typeof actor === "string" && actor !== "") actors.add(actor);
  }
  return actors.size === 1 ? [...actors][0]! : null;
}

/** The account an export's actor.json describes: its id and preferredUsername, or null when the file does not say. */
export function identityOfActorJson(bytes: Uint8Array): ExportIdentity | null {
  try {
    const actor = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, "")) as {
      id?: unknown;
      preferredUsername?: unknown;
    };
    if (typeof actor.id !== "string" || !/^https?:\/\//.test(actor.id)) return null;
    const handle =
      typeof actor.preferredUsername === "string" && actor.preferredUsername !== ""
        ? `${actor.preferredUsername}@${new URL(actor.id).host}`.toLowerCase()
        : handleFromAccountUrl(actor.id);
    return { platformUserId: actor.id, handle };
  } catch {
    return null;
  }
}

/**
 * outbox.json as text. The author handle comes from the options or, failing
 * that, the outbox's actor URL; the account's own posts are recognised by its
 * actor URI: the export's (`actor`, or actor.json when the archive has one)
 * and the one stored for the account (options.ownPlatformUserId).
 */
export function parseMastodonOutbox(
  content: string,
  options: ParseOptions = {},
  actorJson: ExportIdentity | null = null,
): ParseResult {
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
          message("importProblems.mastodon.notJson", { detail: error instanceof Error ? error.message : "unreadable" }),
        ),
      ],
    };
  }
  const outbox = outboxSchema.safeParse(json);
  if (!outbox.success) {
    return {
      ok: false,
      read: 0,
      errors: [problem(null, "orderedItems", message("importProblems.mastodon.notOutbox"))],
    };
  }
  const items = outbox.data.orderedItems;
  const actorUrl = actorJson?.platformUserId ?? outboxActor(outbox.data);
  const identity: ExportIdentity | null = actorUrl
    ? { platformUserId: actorUrl, handle: actorJson?.handle ?? handleFromAccountUrl(actorUrl) }
    : null;
  const ownActors = new Set(
    [actorUrl, options.ownPlatformUserId].filter((actor): actor is string => typeof actor === "string" && actor !== ""),
  );
  const context: Context = {
    authorHandle: options.authorHandle
      ? options.authorHandle.replace(/^@/, "").toLowerCase()
      : (identity?.handle ?? (options.ownPlatformUserId ? handleFromAccountUrl(options.ownPlatformUserId) : null)),
    ownActors,
    actorUrl: actorUrl ?? options.ownPlatformUserId ?? null,
  };
  const errors: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const parsed = activitySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5))
        errors.push(problem(index, issue.path.join(".") || null, issueMessage(issue)));
      return;
    }
    const activity = parsed.data;
    if (activity.type === "Announce") {
      const hidden = notPublicReason(activity.to, activity.cc, ownActors);
      if (hidden) return void skipped.push({ index, platformId: activity.id, reason: hidden });
      // The boosted post: usually only its address; an export that embeds it may show it deleted, or give its language.
      const embedded =
        typeof activity.object === "object" && activity.object !== null
          ? (activity.object as { id?: unknown; type?: unknown; contentMap?: unknown })
          : null;
      const target = typeof activity.object === "string" ? activity.object : embedded?.id;
      if (embedded?.type === "Tombstone")
        return void skipped.push({ index, platformId: activity.id, reason: "boost of a deleted post" });
      if (typeof target !== "string")
        return void errors.push(problem(index, "object", message("importProblems.record.boostTarget")));
      const account = accountUrlOf(target);
      const boostedLanguages =
        embedded?.contentMap && typeof embedded.contentMap === "object" ? Object.keys(embedded.contentMap) : [];
      records.push({
        platformId: activity.id,
        postedAt: new Date(activity.published),
        text: "",
        language: boostedLanguages[0] ?? null,
        replyToHandle: null,
        quotedHandle: null,
        repostOfHandle: handleOfAccount(account, context),
        mentions: [],
        likeCount: null,
        replyCount: null,
        repostCount: null,
        url: target,
      });
      return;
    }
    if (activity.type !== "Create")
      return void skipped.push({ index, platformId: activity.id, reason: `${activity.type} activity` });
    if (activity.object == null || typeof activity.object !== "object") {
      return void errors.push(
        problem(index, "object", message("importProblems.record.notAnObject", { found: describe(activity.object) })),
      );
    }
    const note = noteSchema.safeParse(activity.object);
    if (!note.success) {
      for (const issue of note.error.issues.slice(0, 5))
        errors.push(problem(index, ["object", ...issue.path].join("."), issueMessage(issue)));
      return;
    }
    if (note.data.type === "Tombstone")
      return void skipped.push({ index, platformId: note.data.id, reason: "deleted" });
    if (note.data.type !== "Note" && note.data.type !== "Article" && note.data.type !== "Question") {
      return void skipped.push({ index, platformId: note.data.id, reason: `${note.data.type} object` });
    }
    const hidden = notPublicReason(note.data.to, note.data.cc, ownActors);
    if (hidden) return void skipped.push({ index, platformId: note.data.id, reason: hidden });
    // A post listed twice (a pinned post shown again) is the same post: imported once.
    if (seen.has(note.data.id))
      return void skipped.push({ index, platformId: note.data.id, reason: "pinned duplicate" });
    seen.add(note.data.id);
    records.push(toRecord(note.data, activity, context));
  });
  if (errors.length > 0) return { ok: false, read: items.length, errors };
  return { ok: true, read: items.length, records, skipped, identity };
}

const OUTBOX = /^(?:[^/]+\/)?outbox\.json$/;
const ACTOR = /^(?:[^/]+\/)?actor\.json$/;

/** The export archive (.zip or .tar.gz); the author handle falls back to actor.json's preferredUsername on its server. */
export function parseMastodonExport(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseResult {
  const kind = archiveKindOf(fileName, bytes);
  if (!kind)
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.mastodon.notArchive"))] };
  const archive = readArchiveEntries(bytes, kind, (name) => OUTBOX.test(name) || ACTOR.test(name));
  if (!archive.ok) return { ok: false, read: 0, errors: archive.errors };
  const outboxName = findEntry(archive.names, "outbox.json");
  if (!outboxName || !archive.entries.has(outboxName)) {
    return { ok: false, read: 0, errors: [problem(null, null, message("importProblems.mastodon.noOutbox"))] };
  }
  // actor.json names the account (its id and preferredUsername); the outbox's activities name its actor too.
  const actorName = findEntry(archive.names, "actor.json");
  const actor =
    actorName && archive.entries.has(actorName) ? identityOfActorJson(archive.entries.get(actorName)!) : null;
  const result = parseMastodonOutbox(new TextDecoder().decode(archive.entries.get(outboxName)), options, actor);
  return result.ok ? result : { ...result, errors: result.errors.map((e) => ({ ...e, file: outboxName })) };
}
