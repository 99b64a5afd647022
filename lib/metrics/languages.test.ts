import { describe, expect, it } from "vitest";
import {
  languageShares,
  noHostVernacular,
  normalizeLanguageCode,
  parseHostLanguages,
  type VernacularMission,
} from "./languages";

const MN = { ministryLanguage: "mn" };

describe("normalizeLanguageCode", () => {
  it("keeps the primary subtag in lower case", () => {
    expect(normalizeLanguageCode("en-GB")).toBe("en");
    expect(normalizeLanguageCode("EN")).toBe("en");
    expect(normalizeLanguageCode(" pt_BR ")).toBe("pt");
    expect(normalizeLanguageCode("zh-Hant-HK")).toBe("zh");
    expect(normalizeLanguageCode("fil")).toBe("fil");
  });

  it("is null for no code, a malformed code and codes that name no language", () => {
    expect(normalizeLanguageCode(null)).toBeNull();
    expect(normalizeLanguageCode("")).toBeNull();
    expect(normalizeLanguageCode("english")).toBeNull();
    expect(normalizeLanguageCode("e1")).toBeNull();
    expect(normalizeLanguageCode("und")).toBeNull();
    expect(normalizeLanguageCode("zxx")).toBeNull();
  });
});

describe("parseHostLanguages", () => {
  it("splits, normalises and removes repeats", () => {
    expect(parseHostLanguages("nl,fr,de")).toEqual(["nl", "fr", "de"]);
    expect(parseHostLanguages("de-CH; fr-CH it de")).toEqual(["de", "fr", "it"]);
    expect(parseHostLanguages("")).toEqual([]);
    expect(parseHostLanguages(null)).toEqual([]);
  });
});

describe("languageShares", () => {
  it("Japan: 3 Japanese, 5 English, 2 Mongolian of 10 known posts", () => {
    const s = languageShares(
      [
        { language: "ja", posts: 3 },
        { language: "en", posts: 5 },
        { language: "mn", posts: 2 },
      ],
      { hostLanguages: ["ja"], ...MN },
    );
    expect(s).toMatchObject({
      ownPosts: 10,
      knownPosts: 10,
      unknownPosts: 0,
      hostPosts: 3,
      englishPosts: 5,
      ministryPosts: 2,
    });
    expect(s.hostShare).toBeCloseTo(0.3, 10);
    expect(s.englishShare).toBeCloseTo(0.5, 10);
    expect(s.ministryShare).toBeCloseTo(0.2, 10);
    expect(s.byLanguage.map((r) => [r.code, r.posts, r.isHost, r.isEnglish, r.isMinistry])).toEqual([
      ["en", 5, false, true, false],
      ["ja", 3, true, false, false],
      ["mn", 2, false, false, true],
    ]);
  });

  it("United States: an English post is host vernacular and English at once (shares overlap)", () => {
    const s = languageShares(
      [
        { language: "en-US", posts: 6 },
        { language: "mn", posts: 2 },
      ],
      { hostLanguages: ["en"], ...MN },
    );
    // 6 / 8 = 0.75 in both columns; 2 / 8 = 0.25 Mongolian: 0.75 + 0.75 + 0.25 > 1.
    expect(s.hostShare).toBe(0.75);
    expect(s.englishShare).toBe(0.75);
    expect(s.ministryShare).toBe(0.25);
  });

  it("Belgium: posts in any of the host languages count; unknowns are left out of the denominator", () => {
    const s = languageShares(
      [
        { language: "fr", posts: 1 },
        { language: "nl-BE", posts: 1 },
        { language: "NL", posts: 1 },
        { language: "en", posts: 3 },
        { language: null, posts: 4 },
        { language: "und", posts: 1 },
      ],
      { hostLanguages: ["nl", "fr", "de"], ...MN },
    );
    // Known: fr 1 + nl 2 + en 3 = 6; host 3 / 6 = 0.5; English 3 / 6 = 0.5; Mongolian 0 / 6.
    expect(s).toMatchObject({
      ownPosts: 11,
      knownPosts: 6,
      unknownPosts: 5,
      hostPosts: 3,
      englishPosts: 3,
      ministryPosts: 0,
    });
    expect(s.hostShare).toBe(0.5);
    expect(s.englishShare).toBe(0.5);
    expect(s.ministryShare).toBe(0);
    expect(s.byLanguage.map((r) => [r.code, r.posts])).toEqual([
      ["en", 3],
      ["nl", 2],
      ["fr", 1],
    ]);
    expect(s.byLanguage.find((r) => r.code === "nl")?.share).toBeCloseTo(1 / 3, 10);
  });

  it("no posts, or only unknown ones: shares are null, not 0", () => {
    for (const counts of [[], [{ language: null, posts: 7 }]]) {
      const s = languageShares(counts, { hostLanguages: ["ja"], ...MN });
      expect(s.knownPosts).toBe(0);
      expect(s.hostShare).toBeNull();
      expect(s.englishShare).toBeNull();
      expect(s.ministryShare).toBeNull();
      expect(s.byLanguage).toEqual([]);
    }
  });

  it("takes the ministry language from the settings, in any spelling", () => {
    const s = languageShares(
      [
        { language: "de", posts: 1 },
        { language: "en", posts: 3 },
      ],
      { hostLanguages: ["fr"], ministryLanguage: "DE" },
    );
    expect(s.ministryShare).toBe(0.25);
    expect(s.byLanguage.find((r) => r.code === "de")?.isMinistry).toBe(true);
  });
});

describe("noHostVernacular", () => {
  const sweden: VernacularMission = { kind: "embassy", engagementTarget: "engage", hostLanguages: ["sv"] };
  const englishAndMongolian = languageShares(
    [
      { language: "en", posts: 8 },
      { language: "mn", posts: 2 },
    ],
    { hostLanguages: ["sv"], ...MN },
  );

  it("flags a mission set to engage that never posts in a host language", () => {
    expect(noHostVernacular(sweden, englishAndMongolian)).toBe(true);
    expect(noHostVernacular({ ...sweden, engagementTarget: "priority_engagement" }, englishAndMongolian)).toBe(true);
  });

  it("does not flag one host-language post", () => {
    const one = languageShares(
      [
        { language: "sv-SE", posts: 1 },
        { language: "en", posts: 8 },
      ],
      { hostLanguages: ["sv"], ...MN },
    );
    expect(noHostVernacular(sweden, one)).toBe(false);
  });

  it("does not flag broadcast-only missions, HQ, missions without host languages, or no known-language posts", () => {
    expect(noHostVernacular({ ...sweden, engagementTarget: "broadcast_only" }, englishAndMongolian)).toBe(false);
    expect(noHostVernacular({ ...sweden, kind: "hq" }, englishAndMongolian)).toBe(false);
    expect(noHostVernacular({ ...sweden, hostLanguages: [] }, englishAndMongolian)).toBe(false);
    expect(
      noHostVernacular(sweden, languageShares([{ language: null, posts: 5 }], { hostLanguages: ["sv"], ...MN })),
    ).toBe(false);
    expect(noHostVernacular(sweden, languageShares([], { hostLanguages: ["sv"], ...MN }))).toBe(false);
  });
});
