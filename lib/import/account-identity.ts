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
import { message, type MessageCode } from "../messages";
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
  // importProblems.identity.* name the file's account by handle when the file gives one.
  const file = {
    fileNamed: identity.handle ? "yes" : "no",
    fileHandle: identity.handle ?? "",
    filePlatformUserId: identity.platformUserId,
  };
  const base = {
    accountId: account.id,
    accountHandle: account.handle,
    accountPlatformUserId: account.platformUserId,
    filePlatformUserId: identity.platformUserId,
    fileHandle: identity.handle,
  };
  let mismatch: IdentityMismatch | null = null;
  let code: MessageCode = "importProblems.identity.idDiffers";
  let params: Record<string, string> = {};
  let details: Record<string, unknown> = base;
  if (account.platformUserId) {
    if (account.platformUserId === identity.platformUserId) return { proceed: true, learn: null, confirmed: null };
    mismatch = "id_differs";
    params = { accountHandle: account.handle, accountPlatformUserId: account.platformUserId };
  } else if (holder && holder.id !== account.id) {
    mismatch = "id_of_other_account";
    code = "importProblems.identity.idOfOtherAccount";
    params = { holderHandle: holder.handle, accountHandle: account.handle };
    details = { ...base, otherAccountId: holder.id, otherAccountHandle: holder.handle };
  } else if (identity.handle && !sameHandle(account.platform, account.handle, identity.handle)) {
    mismatch = "handle_differs";
    code = "importProblems.identity.handleDiffers";
    params = { accountHandle: account.handle };
  } else {
    return { proceed: true, learn: identity.platformUserId, confirmed: null };
  }
  if (!confirmOtherAccount)
    return {
      proceed: false,
      mismatch,
      problem: { index: null, field: "platformUserId", ...message(code, { ...file, ...params }) },
    };
  // A confirmed file of a renamed account teaches the account its id; an id the account (or another one) already has is kept.
  return {
    proceed: true,
    learn: mismatch === "handle_differs" ? identity.platformUserId : null,
    confirmed: { mismatch, details },
  };
}
