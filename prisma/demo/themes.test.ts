import { describe, expect, it } from "vitest";
import { compileThemeMatcher } from "../../lib/themes/keyword-matcher";
import { DEMO_VERNACULAR } from "./generate-history";
import { DEMO_THEMES, VERNACULAR_TEMPLATES } from "./themes";

describe("VERNACULAR_TEMPLATES", () => {
  const matcher = compileThemeMatcher(
    DEMO_THEMES.flatMap((t) => [...t.keywords.en, ...t.keywords.mn].map((pattern) => ({ themeId: t.slug, pattern }))),
  );

  it("has sentences for every demo host language, and no sentence matches a theme keyword", () => {
    for (const { language } of Object.values(DEMO_VERNACULAR))
      expect(VERNACULAR_TEMPLATES[language]?.length, language).toBeGreaterThan(0);
    for (const [language, sentences] of Object.entries(VERNACULAR_TEMPLATES)) {
      for (const sentence of sentences)
        expect(matcher.match(`[demo] ${sentence}`), `${language}: ${sentence}`).toEqual([]);
    }
  });
});
