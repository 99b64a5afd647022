/**
 * Languages: a mission's own posts (engagement + broadcast; a repost is in
 * someone else's words) by language, against the host country's languages,
 * English and the ministry's own language. The three shares overlap: an
 * English post in the United States counts as host vernacular and as English.
 */
import type { EngagementTarget } from "./engagement-target";

export const ENGLISH = "en";

/** Codes that name no language ("undetermined", "no linguistic content", "multiple"). */
const NOT_A_LANGUAGE = new Set(["und", "zxx", "mul", "mis"]);

/**
 * The primary language subtag of a BCP 47 code in lower case ("en-GB" → "en",
 * "PT_br" → "pt"); null for no code, a malformed one or one that names no language.
 */
export function normalizeLanguageCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const primary = code.trim().split(/[-_]/)[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary) || NOT_A_LANGUAGE.has(primary)) return null;
  return primary;
}

/** Mission.hostLanguages ("nl,fr,de", spaces or semicolons tolerated) as normalised, distinct codes in their order. */
export function parseHostLanguages(value: string | null | undefined): string[] {
  const codes = (value ?? "").split(/[\s,;]+/).map(normalizeLanguageCode);
  return [...new Set(codes.filter((c): c is string => c !== null))];
}

export interface LanguageCount {
  /** As stored (any BCP 47 spelling); null when the platform did not say. */
  language: string | null;
  posts: number;
}

export interface LanguageRow {
  code: string;
  posts: number;
  /** posts / known-language posts. */
  share: number;
  isHost: boolean;
  isEnglish: boolean;
  isMinistry: boolean;
}

export interface LanguageShares {
  /** Own posts (engagement + broadcast), known language or not. */
  ownPosts: number;
  knownPosts: number;
  unknownPosts: number;
  /** Posts in any of the host country's languages. */
  hostPosts: number;
  englishPosts: number;
  ministryPosts: number;
  /** Shares of the known-language posts; null when there are none. */
  hostShare: number | null;
  englishShare: number | null;
  ministryShare: number | null;
  /** Most posts first, then by code. */
  byLanguage: LanguageRow[];
}

export interface LanguageContext {
  hostLanguages: readonly string[];
  ministryLanguage: string;
}

/** Shares of one mission's own posts by language (counts in any spelling; they are merged by primary subtag). */
export function languageShares(counts: readonly LanguageCount[], context: LanguageContext): LanguageShares {
  const host = new Set(context.hostLanguages.map(normalizeLanguageCode).filter((c): c is string => c !== null));
  const ministry = normalizeLanguageCode(context.ministryLanguage);
  const byCode = new Map<string, number>();
  let unknownPosts = 0;
  for (const { language, posts } of counts) {
    const code = normalizeLanguageCode(language);
    if (code === null) unknownPosts += posts;
    else byCode.set(code, (byCode.get(code) ?? 0) + posts);
  }
  const knownPosts = [...byCode.values()].reduce((sum, n) => sum + n, 0);
  const sumWhere = (test: (code: string) => boolean) =>
    [...byCode].reduce((sum, [code, n]) => (test(code) ? sum + n : sum), 0);
  const hostPosts = sumWhere((c) => host.has(c));
  const englishPosts = byCode.get(ENGLISH) ?? 0;
  const ministryPosts = ministry ? (byCode.get(ministry) ?? 0) : 0;
  const share = (n: number) => (knownPosts === 0 ? null : n / knownPosts);
  const byLanguage = [...byCode]
    .filter(([, posts]) => posts > 0)
    .map(([code, posts]) => ({
      code,
      posts,
      share: posts / knownPosts,
      isHost: host.has(code),
      isEnglish: code === ENGLISH,
      isMinistry: code === ministry,
    }))
    .sort((a, b) => b.posts - a.posts || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    ownPosts: knownPosts + unknownPosts,
    knownPosts,
    unknownPosts,
    hostPosts,
    englishPosts,
    ministryPosts,
    hostShare: share(hostPosts),
    englishShare: share(englishPosts),
    ministryShare: share(ministryPosts),
    byLanguage,
  };
}

export interface VernacularMission {
  kind: string;
  engagementTarget: EngagementTarget;
  hostLanguages: readonly string[];
}

/**
 * A mission set to engage locally ("engage" or "priority engagement") that
 * posted in a known language in the period but never in a host language. HQ
 * is not flagged (its host country is the ministry's own), nor is a mission
 * with no host languages on record, nor one whose languages are all unknown.
 */
export function noHostVernacular(mission: VernacularMission, shares: LanguageShares): boolean {
  if (mission.kind === "hq" || mission.engagementTarget === "broadcast_only") return false;
  if (parseHostLanguages(mission.hostLanguages.join(",")).length === 0) return false;
  return shares.knownPosts > 0 && shares.hostPosts === 0;
}
