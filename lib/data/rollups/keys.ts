import { createHash } from "node:crypto";
import { formatIsoDay, type Period } from "../../metrics/dates";

declare const rollupKeyBrand: unique symbol;

/**
 * What a remembered read is kept under, within one rollup state: the read's
 * name and everything besides the rollups it follows from. Only the builders
 * below make one, so two reads can never share a key by a slip of spelling,
 * and a key names all of its inputs in one place.
 */
export type RollupKey = string & { readonly [rollupKeyBrand]: true };

const key = (...parts: string[]) => parts.join("|") as RollupKey;

/** A key part for a list of ids, whatever their order and repeats; "*" for all. */
const idsKey = (ids: readonly string[] | null) => (ids === null ? "*" : JSON.stringify([...new Set(ids)].sort()));

const day = (at: Date) => formatIsoDay(at);

/**
 * A short stand-in for values a read follows from besides the rollups (the
 * missions and accounts read from the store, the settings): JSON-serialisable
 * data, hashed so that the key stays small.
 */
export function fingerprintOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64");
}

export const rollupKeys = {
  /** Per account, the running totals before the boundary `before` (lib/data/rollups/reader.ts). */
  accountTotals: (p: { accountIds: readonly string[]; before: Date }) => key("accounts", day(p.before), idsKey(p.accountIds)),
  /** Per mission and theme (all themes when null), the tagged-post totals before the boundary. */
  themeTotals: (p: { missionIds: readonly string[]; themeIds: readonly string[] | null; before: Date }) =>
    key("themes", day(p.before), idsKey(p.missionIds), idsKey(p.themeIds)),
  /** Per mission, the given accounts' post totals before the boundary. */
  missionPostTotals: (p: { accountIds: readonly string[]; before: Date }) => key("missions", day(p.before), idsKey(p.accountIds)),
  /** An account's first and newest post and its gaps longer than the threshold, up to the period's end (lib/data/accounts.ts). */
  postingRecord: (p: { accountId: string; endExclusive: Date; thresholdDays: number }) =>
    key("postingRecord", p.accountId, day(p.endExclusive), String(p.thresholdDays)),
  /** One theme's tagged posts per mission and month (missions all when null) between two days (lib/data/themes.ts). */
  themeMonths: (p: { themeId: string; from: Date; endExclusive: Date; missionIds: readonly string[] | null }) =>
    key("themeMonths", p.themeId, day(p.from), day(p.endExclusive), idsKey(p.missionIds)),
  /** Posts per day and category of the accounts over the period (lib/data/series.ts). */
  weeklyActivity: (p: { period: Period; accountIds: readonly string[] }) =>
    key("weekly", day(p.period.start), day(p.period.endExclusive), idsKey(p.accountIds)),
  /** Missions' health in the period; `fingerprint` stands for the missions, accounts, settings and themes (lib/data/dashboard.ts). */
  missionHealth: (p: { period: Period; fingerprint: string }) => key("health", day(p.period.start), day(p.period.endExclusive), p.fingerprint),
  /** The network's figures in the period; `directory` stands for the missions and accounts (lib/data/network.ts). */
  network: (p: { period: Period; directory: string }) => key("network", day(p.period.start), day(p.period.endExclusive), p.directory),
  /**
   * The network as one viewer sees it: its focus mission (all when null) and,
   * for a viewer who sees other missions anonymised, the viewer's own mission
   * ("" when none); null when nothing is anonymised.
   */
  networkView: (p: { period: Period; directory: string; focusId: string | null; anonymisedFor: string | null }) =>
    key("networkView", day(p.period.start), day(p.period.endExclusive), p.directory, p.focusId ?? "*", p.anonymisedFor ?? "*"),
} as const;
