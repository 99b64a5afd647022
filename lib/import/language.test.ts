import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it.each([
    ["The ambassador met the foreign minister to discuss trade and investment.", "en"],
    ["Монгол Улсын Гадаад харилцааны яам Германы Холбооны Бүгд Найрамдах Улстай хамтын ажиллагаагаа өргөжүүлж байна", "mn"],
    ["Элчин сайд өнөөдөр хүлээн авалт зохион байгуулав", "mn"],
    ["Der Botschafter traf den Außenminister zu Gesprächen über Handel und Investitionen.", "de"],
    ["Посол встретился с министром иностранных дел, чтобы обсудить торговлю.", "ru"],
    ["大使与外交部长会面讨论贸易和投资问题", "zh"],
  ])("recognises %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([[""], [null], ["https://t.co/abc123"], ["@MFAMongolia @UN #SDGs"], ["Thanks!"], ["RT @x: ok"], ["🇲🇳🇩🇪 👍"]])("leaves %s unknown", (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it("ignores links, handles and hashtags when counting words", () => {
    expect(detectLanguage("@a @b @c https://example.org/one/two/three #four #five")).toBeNull();
    expect(detectLanguage("Welcome to our new embassy website https://example.org")).toBe("en");
  });

  it("never throws and answers null or a short language code (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (text) => {
        const result = detectLanguage(text);
        expect(result === null || /^[a-z]{2,3}$/.test(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
