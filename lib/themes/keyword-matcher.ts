/**
 * Keyword rules for theme tagging: whole words and phrases, case-insensitive,
 * in any script (Mongolian Cyrillic included). A trailing "*" matches any
 * ending of the last word, which Mongolian's suffixes need
 * ("ардчил*" finds "ардчилал", "ардчиллын", ...).
 */

export interface KeywordRule {
  themeId: string;
  pattern: string;
}

export interface CompiledThemeMatcher {
  /** Ids of the themes whose rules match the text, in rule order, without repeats. */
  match(text: string): string[];
}

const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regular expression source for one keyword pattern; null for an empty pattern. */
export function keywordPatternSource(pattern: string): string | null {
  const normalised = pattern.normalize("NFC").trim().toLocaleLowerCase();
  const isPrefix = normalised.endsWith("*");
  const words = normalised.replace(/\*+$/, "").split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join("[\\s\\-‐–—]+");
  const ending = isPrefix ? `${WORD_CHAR}*` : "";
  return `(?<!${WORD_CHAR})${body}${ending}(?!${WORD_CHAR})`;
}

export function compileThemeMatcher(rules: readonly KeywordRule[]): CompiledThemeMatcher {
  const compiled = rules.flatMap((rule) => {
    const source = keywordPatternSource(rule.pattern);
    return source ? [{ themeId: rule.themeId, regex: new RegExp(source, "iu") }] : [];
  });
  return {
    match(text: string): string[] {
      const haystack = text.normalize("NFC");
      const found = new Set<string>();
      for (const { themeId, regex } of compiled) {
        if (!found.has(themeId) && regex.test(haystack)) found.add(themeId);
      }
      return [...found];
    },
  };
}
