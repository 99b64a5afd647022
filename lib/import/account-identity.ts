/**
 * Whose export a file is, against the account it is imported for. An export
 * that names its account (X's account.js, a Mastodon actor, a Bluesky DID) is
 * compared with the platform id stored on the account; an account without
 * one learns it from its first such export, once the export's handle agrees
 * with the account's. A file of another account is refused, naming both,
 * unless the person importing confirms it (an account that moved or was
 * renamed); the confirmation is audited.
 */
import { normalizeHandle } from "../metrics/post-kind";
import type { ExportIdentity, ImportProblem } from "./types";

export interface IdentityAccount {
  id: string;
  platform: string;
  handle: string;
  platformUserId: string | null;
}

/** What differs between the file and the account, when something does. */
export type IdentityMismatch =
  /** The account knows its platform id and the file names another. */
  | "id_differs"
  /** The account knows none yet, but another account here has the file's id. */
  | "id_of_other_account"
  /** The account knows none yet, and the file's handle is not the account's. */
  | "handle_differs";

export type IdentityDecision =
  | {
      proceed: true;
      /** The platform id to store on the account (its first export that names it), or null. */
      learn: string | null;
      /** Set when the file was imported although it names another account, because the user confirmed it. */
      confirmed: { mismatch: IdentityMismatch; details: Record<string, unknown> } | null;
    }
  | { proceed: false; mismatch: IdentityMismatch; problem: ImportProblem };

function named(handle: string | null, platformUserId: string): string {
  return handle ? `@${handle} (platform id ${platformUserId})` : `the account with platform id ${platformUserId}`;
}

/**
 * Whether an export's handle is the account's. Mastodon handles are
 * "name@host"; an account entered without its host (before hosts were
 * required) is compared by name.
 */
export function sameHandle(platform: string, accountHandle: string, exportHandle: string): boolean {
  const mine = normalizeHandle(accountHandle);
  const theirs = normalizeHandle(exportHandle);
  if (mine === theirs) return true;
  if (platform === "mastodon" && !mine.includes("@")) return theirs.split("@")[0] === mine;
  return false;
}

const HOW_TO_CONFIRM =
  "Nothing was written. If the file does belong to this account (it was renamed or moved), import it again and confirm that it does (the confirmation box on the import screen, or --confirm-other-account on the command line).";

/**
 * Decides whether a parsed export may be written to the account.
 * `holder` is the other account of the same platform that already has the
 * file's platform id, if there is one.
 */
export function decideIdentity(
  account: IdentityAccount,
  identity: ExportIdentity | null | undefined,
  holder: { id: string; handle: string } | null,
  confirmOtherAccount: boolean,
): IdentityDecision {
  if (!identity) return { proceed: true, learn: null, confirmed: null };
  const file = named(identity.handle, identity.platformUserId);
  const base = { accountId: account.id, accountHandle: account.handle, accountPlatformUserId: account.platformUserId, filePlatformUserId: identity.platformUserId, fileHandle: identity.handle };
  let mismatch: IdentityMismatch | null = null;
  let message = "";
  let details: Record<string, unknown> = base;
  if (account.platformUserId) {
    if (account.platformUserId === identity.platformUserId) return { proceed: true, learn: null, confirmed: null };
    mismatch = "id_differs";
    message = `This file is the export of ${file}, but @${account.handle} is the account with platform id ${account.platformUserId}.`;
  } else if (holder && holder.id !== account.id) {
    mismatch = "id_of_other_account";
    message = `This file is the export of ${file}, which is the account @${holder.handle} here, not @${account.handle}.`;
    details = { ...base, otherAccountId: holder.id, otherAccountHandle: holder.handle };
  } else if (identity.handle && !sameHandle(account.platform, account.handle, identity.handle)) {
    mismatch = "handle_differs";
    message = `This file is the export of ${file}, not of @${account.handle}.`;
  } else {
    return { proceed: true, learn: identity.platformUserId, confirmed: null };
  }
  if (!confirmOtherAccount) return { proceed: false, mismatch, problem: { index: null, field: "platformUserId", message: `${message} ${HOW_TO_CONFIRM}` } };
  // A confirmed file of a renamed account teaches the account its id; an id the account (or another one) already has is kept.
  return { proceed: true, learn: mismatch === "handle_differs" ? identity.platformUserId : null, confirmed: { mismatch, details } };
}
