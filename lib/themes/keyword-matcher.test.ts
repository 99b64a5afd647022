import { describe, expect, it } from "vitest";
import { compileThemeMatcher, keywordPatternSource } from "./keyword-matcher";

const matcher = compileThemeMatcher([
  { themeId: "democracy", pattern: "democratization" },
  { themeId: "democracy", pattern: "ардчил*" },
  { themeId: "climate", pattern: "climate change" },
  { themeId: "climate", pattern: "уур амьсгалын өөрчлөлт" },
  { themeId: "asem", pattern: "ASEM" },
  { themeId: "unsc", pattern: "Security Council" },
]);

describe("compileThemeMatcher", () => {
  it("matches whole words case-insensitively", () => {
    expect(matcher.match("Democratization is a shared value")).toEqual(["democracy"]);
    expect(matcher.match("asem summit in Ulaanbaatar")).toEqual(["asem"]);
  });

  it("does not match inside a longer word", () => {
    expect(matcher.match("ASEMBLY hall")).toEqual([]);
    expect(matcher.match("democratizations")).toEqual([]);
  });

  it("matches hashtags and punctuation-delimited words", () => {
    expect(matcher.match("#ASEM2016 is not #ASEM")).toEqual(["asem"]);
    expect(matcher.match("(democratization)")).toEqual(["democracy"]);
  });

  it("matches phrases across any whitespace or hyphen", () => {
    expect(matcher.match("Climate\nchange hits herders")).toEqual(["climate"]);
    expect(matcher.match("climate-change policy")).toEqual(["climate"]);
    expect(matcher.match("the climate is changing")).toEqual([]);
  });

  it("matches Mongolian Cyrillic words, phrases and stems", () => {
    expect(matcher.match("Монголын ардчилал 30 жил")).toEqual(["democracy"]);
    expect(matcher.match("АРДЧИЛЛЫН үнэт зүйлс")).toEqual(["democracy"]);
    expect(matcher.match("Уур амьсгалын өөрчлөлт ба малчид")).toEqual(["climate"]);
    // A stem must start a word: "шинэардчил..." is not a match.
    expect(matcher.match("шинэардчилал")).toEqual([]);
  });

  it("returns each theme once, in rule order", () => {
    expect(matcher.match("ASEM talks on climate change and democratization, ардчилал")).toEqual([
      "democracy",
      "climate",
      "asem",
    ]);
  });

  it("ignores empty patterns and escapes regular-expression characters", () => {
    expect(keywordPatternSource("   ")).toBeNull();
    const special = compileThemeMatcher([{ themeId: "x", pattern: "C++ (policy)" }]);
    expect(special.match("our c++ (policy) now")).toEqual(["x"]);
    expect(special.match("our c policy")).toEqual([]);
  });
});
