/**
 * The language of a post whose export does not say (RSS items without a
 * language, CSV rows with an empty column, posts the platform marks "und").
 *
 * A guess is kept only when it is worth counting in the language figures:
 * - the text has enough words once links, handles, hashtags, emoji, numbers
 *   and acronyms ("ASEAN", "FAQ") are taken out — short titles made of names
 *   and acronyms got Klingon (tlh), Irish (ga), Berber (ber) or Hungarian (hu);
 * - the language is one the mission plausibly writes in (plausibleLanguages:
 *   the host country's languages, the ministry's own, English and a short
 *   list of major world languages);
 * - it is tinyld's best guess among all the languages it knows, and among the
 *   plausible ones clearly ahead of the next.
 * Anything else is null: "unknown" rather than a wrong language.
 */
import { detectAll } from "tinyld";
import { normalizeLanguageCode } from "../metrics/languages";
import { DEFAULT_METRIC_SETTINGS } from "../metrics/settings";

const URLS = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const HANDLES_AND_TAGS = /[@#][\p{L}\p{N}_.@-]+/gu;
const WORD = /\p{L}{2,}/gu;
/** Acronyms and initialisms (two or more capitals, no small letter) say nothing of the language around them. */
const ACRONYM = /^\p{Lu}{2,}$/u;
// Below five words tinyld is often sure and wrong: "Visa hours. New hours." comes out French, four times ahead of English.
const MINIMUM_WORDS = 5;
/** Letters outside the acronyms, for texts of words too short to judge. */
const MINIMUM_LETTERS = 12;
/** Chinese, Japanese and Korean characters, for texts that do not separate words with spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const MINIMUM_CJK_CHARACTERS = 4;
/** tinyld's score of the best plausible language: below it the text matched nothing well. */
const MINIMUM_ACCURACY = 0.05;
/** How far ahead of the next plausible language the best one must be. */
const MINIMUM_LEAD = 2;
// Letters Mongolian Cyrillic has and Russian, Bulgarian and Ukrainian do not.
const MONGOLIAN_LETTERS = /[өүӨҮ]/u;

/**
 * The languages any mission may write in besides its host country's and the
 * ministry's: English, the other five official languages of the United
 * Nations (Arabic, Chinese, French, Russian, Spanish), and German,
 * Portuguese, Japanese, Korean, Hindi and Italian. Short on purpose: every
 * language added is one more a short text can be mistaken for.
 */
export const WORLD_LANGUAGES: readonly string[] = [
  "en",
  "ar",
  "zh",
  "fr",
  "ru",
  "es",
  "de",
  "pt",
  "ja",
  "ko",
  "hi",
  "it",
];

export interface PlausibleLanguageContext {
  /** The mission's host languages (Mission.hostLanguages, parsed). */
  hostLanguages?: readonly string[];
  /** The ministry's own language (the metric settings' ministryLanguage). */
  ministryLanguage?: string | null;
  /** The account's declared main language (Account.mainLanguage), when it has one. */
  accountLanguage?: string | null;
}

/** The languages a post of this mission's account may be detected in: primary subtags, lower case. */
export function plausibleLanguages(context: PlausibleLanguageContext = {}): ReadonlySet<string> {
  const codes = [
    ...WORLD_LANGUAGES,
    ...(context.hostLanguages ?? []),
    context.ministryLanguage,
    context.accountLanguage,
  ].map((code) => normalizeLanguageCode(code));
  return new Set(codes.filter((code): code is string => code !== null));
}

/** Without a mission to go by: the world languages and the default ministry language. */
const DEFAULT_PLAUSIBLE = plausibleLanguages({ ministryLanguage: DEFAULT_METRIC_SETTINGS.ministryLanguage });

/** An ISO 639 code among the plausible ones, or null when the text is too short or the guess too weak. */
export function detectLanguage(
  text: string | null | undefined,
  plausible: ReadonlySet<string> = DEFAULT_PLAUSIBLE,
): string | null {
  if (!text || plausible.size === 0) return null;
  const cleaned = text.replace(URLS, " ").replace(HANDLES_AND_TAGS, " ");
  const words = (cleaned.match(WORD) ?? []).filter((word) => !ACRONYM.test(word));
  const cjk = cleaned.match(CJK)?.length ?? 0;
  if (cjk < MINIMUM_CJK_CHARACTERS) {
    // Chinese and Japanese do not separate words with spaces: count characters there.
    if (words.length < MINIMUM_WORDS || words.join("").length < MINIMUM_LETTERS) return null;
  }
  const letters = words.join(" ");
  if (MONGOLIAN_LETTERS.test(letters)) return plausible.has("mn") ? "mn" : null;
  const sample = cjk >= MINIMUM_CJK_CHARACTERS ? cleaned : letters;
  // The text must look most like a plausible language among all tinyld knows: an English title that
  // tinyld finds more Irish than anything is not reliably English (restricted, it would come out German).
  // One pass over every language (a second, restricted one cost 60 % more time for the same answers).
  const all = detectAll(sample);
  const overall = all[0];
  if (!overall || !plausible.has(overall.lang)) return null;
  const [best, next] = all.filter((candidate) => plausible.has(candidate.lang)).sort((a, b) => b.accuracy - a.accuracy);
  if (!best || best.lang !== overall.lang || best.accuracy < MINIMUM_ACCURACY) return null;
  if (next && best.accuracy < next.accuracy * MINIMUM_LEAD) return null;
  return best.lang;
}
