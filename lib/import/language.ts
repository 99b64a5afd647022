/**
 * The language of a post whose export does not say (RSS items without a
 * language, CSV rows with an empty column, …). Short texts are left unknown:
 * a guess from two words is wrong too often to count in the language figures.
 */
import { detect } from "tinyld";

const URLS = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const HANDLES_AND_TAGS = /[@#][\p{L}\p{N}_.@-]+/gu;
const WORD = /\p{L}{2,}/gu;
const MINIMUM_WORDS = 3;
// Letters Mongolian Cyrillic has and Russian, Bulgarian and Ukrainian do not.
const MONGOLIAN_LETTERS = /[өүӨҮ]/u;

/** An ISO 639-1 code, or null when the text is too short or the guess too weak. */
export function detectLanguage(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text.replace(URLS, " ").replace(HANDLES_AND_TAGS, " ").match(WORD) ?? [];
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  // Chinese and Japanese do not separate words with spaces: count characters there.
  if (!cjk && words.length < MINIMUM_WORDS) return null;
  const letters = words.join(" ");
  if (MONGOLIAN_LETTERS.test(letters)) return "mn";
  const guess = detect(cjk ? text.replace(URLS, " ") : letters);
  return /^[a-z]{2,3}$/.test(guess) ? guess : null;
}
