/**
 * The glossary defines each term once (messages/en/glossary.json): every term
 * has a label and a definition, the definitions that depend on the dormancy
 * threshold take it as an argument instead of a written number, and no other
 * catalog entry explains a term again in the same words.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import messages from "../messages/en/index";
import { GLOSSARY_TERMS, THRESHOLD_TERMS } from "./glossary";

// GLOSSARY_CATALOG_DIR: another catalog folder to scan for repeated definitions (a check of older catalogs).
const CATALOG_DIR = process.env.GLOSSARY_CATALOG_DIR ?? path.resolve(__dirname, "../messages/en");
const glossary = (messages as unknown as { glossary: Record<string, { label: string; definition: string }> }).glossary;
const translate = createTranslator({ locale: "en", messages, namespace: "glossary" });
const definition = (term: string, days: number) => translate(`${term}.definition` as never, { days } as never);

/** Every sentence of every catalog but the glossary, lower-cased, with the file and key it comes from. */
function otherCatalogSentences(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === "string") found.push({ where, text: value.toLowerCase() });
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
  };
  for (const file of readdirSync(CATALOG_DIR).filter((name) => name.endsWith(".json") && name !== "glossary.json"))
    walk(JSON.parse(readFileSync(path.join(CATALOG_DIR, file), "utf8")), file);
  return found;
}

/** The sentences of a definition long enough to be an explanation rather than a phrase (six words or more). */
const explainingSentences = (text: string) =>
  text
    .split(/(?<=[.;:])\s+/)
    .map((sentence) =>
      sentence
        .replace(/[.;:]$/, "")
        .trim()
        .toLowerCase(),
    )
    .filter((sentence) => sentence.split(/\s+/).length >= 6);

describe("glossary", () => {
  it("has a non-empty label and definition for every term, and no entry without a term", () => {
    expect(Object.keys(glossary).sort()).toEqual([...GLOSSARY_TERMS].sort());
    for (const term of GLOSSARY_TERMS) {
      expect(glossary[term]?.label.trim(), term).toBeTruthy();
      expect(glossary[term]?.definition.trim(), term).toBeTruthy();
      expect(definition(term, 90).length, term).toBeGreaterThan(glossary[term]!.label.length);
    }
  });

  it("words the threshold terms from the dormancy threshold setting, never from a written number", () => {
    for (const term of THRESHOLD_TERMS) {
      expect(glossary[term]!.definition, term).toMatch(/\{days, plural,/);
      expect(definition(term, 45), term).toContain("45 days");
      expect(definition(term, 1), term).toContain("1 day ");
      expect(definition(term, 45), term).not.toContain("90");
    }
    // A definition that speaks of the threshold or of a number of days is one of them.
    for (const term of GLOSSARY_TERMS) {
      const text = glossary[term]!.definition;
      if (/threshold|\bdays?\b|\d+ ?days?/i.test(text)) expect(THRESHOLD_TERMS, term).toContain(term);
    }
  });

  it("is the only catalog that explains a term: no other entry repeats a definition or one of its sentences", () => {
    const others = otherCatalogSentences();
    for (const term of GLOSSARY_TERMS) {
      const repeats = explainingSentences(glossary[term]!.definition).flatMap((sentence) =>
        others.filter((other) => other.text.includes(sentence)).map((other) => `${other.where}: “${sentence}”`),
      );
      expect(repeats, term).toEqual([]);
    }
  });
});
