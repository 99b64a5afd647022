import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, plausibleLanguages, WORLD_LANGUAGES } from "./language";

describe("detectLanguage", () => {
  it.each([
    ["The ambassador met the foreign minister to discuss trade and investment.", "en"],
    [
      "Монгол Улсын Гадаад харилцааны яам Германы Холбооны Бүгд Найрамдах Улстай хамтын ажиллагаагаа өргөжүүлж байна",
      "mn",
    ],
    ["Элчин сайд өнөөдөр хүлээн авалт зохион байгуулав", "mn"],
    ["Der Botschafter traf den Außenminister zu Gesprächen über Handel und Investitionen.", "de"],
    ["Посол встретился с министром иностранных дел, чтобы обсудить торговлю.", "ru"],
    ["大使与外交部长会面讨论贸易和投资问题", "zh"],
  ])("recognises %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([[""], [null], ["https://t.co/abc123"], ["@MFAMongolia @UN #SDGs"], ["Thanks!"], ["RT @x: ok"], ["🇲🇳🇩🇪 👍"]])(
    "leaves %s unknown",
    (text) => {
      expect(detectLanguage(text)).toBeNull();
    },
  );

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

describe("detectLanguage on short feed titles (issue 22, item 10)", () => {
  // Hand-made English titles of names and acronyms that tinyld alone calls tlh, ber, hu or ga.
  it.each([
    ["FAQ Gobi post", "tlh"],
    ["Naadam FAQ two FAQ wrap", "tlh"],
    ["Chinggis vs Bogd Bogd week", "tlh"],
    ["Altai Mongolia ASEAN day", "ber"],
    ["ASEAN UNGA news one ASEAN", "ber"],
    ["pics recap 2024 2024 UNGA news", "hu"],
    ["Sar Siobhan meet Siobhan", "ga"],
    ["Aoife recap the Sar", "ga"],
  ])("%s comes out English or unknown, never %s", (text, wrong) => {
    const result = detectLanguage(text);
    expect(result).not.toBe(wrong);
    expect([null, "en"]).toContain(result);
  });

  it("keeps a language only when it is plausible for the mission", () => {
    const hungarian = "A nagykövet ma találkozott a külügyminiszterrel a kereskedelmi kapcsolatokról.";
    expect(detectLanguage(hungarian, plausibleLanguages({ ministryLanguage: "mn" }))).toBeNull();
    expect(detectLanguage(hungarian, plausibleLanguages({ hostLanguages: ["hu"], ministryLanguage: "mn" }))).toBe("hu");
  });

  it("leaves a text of four words unknown though tinyld is sure of it: an English feed summary is not French for the embassy in Paris", () => {
    const paris = plausibleLanguages({ hostLanguages: ["fr"], ministryLanguage: "mn" });
    expect(detectLanguage("Visa hours. New hours.", paris)).toBeNull();
    expect(detectLanguage("Visa hours changed this week for the summer.", paris)).toBe("en");
  });

  it("gives no language when two plausible ones are about as likely", () => {
    expect(detectLanguage("Consular services update")).toBeNull();
  });

  it("lists English and the UN languages among the world languages", () => {
    for (const code of ["en", "fr", "es", "ru", "zh", "ar"]) expect(WORLD_LANGUAGES).toContain(code);
    expect(
      plausibleLanguages({ hostLanguages: ["de-AT", "und"], ministryLanguage: "mn", accountLanguage: "EN" }),
    ).toEqual(new Set([...WORLD_LANGUAGES, "de", "mn"]));
  });
});
