/**
 * lib/ returns codes and values, never sentences: everything a person reads
 * is worded from messages/<locale>/*.json (lib/messages.ts). This test reads
 * every lib/ module (tests, test support and fixtures aside) and fails on a
 * string literal that reads like an English sentence: a capital letter, a
 * word, a space and another word, ending like a sentence or saying " the ".
 *
 * Allowed without listing: text logged or printed (console.*, log lines),
 * SQL (upper-case keywords), and developer errors (`new Error(...)`,
 * `new RangeError(...)`, …) that no screen shows. Everything else that must
 * stay English is listed below with its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = process.env.ENGLISH_SCAN_ROOT ?? path.resolve(__dirname, "..");

/** File → why its sentences may stay English. Keep it short. */
const ALLOWED_FILES: Record<string, string> = {
  // Example rows of the downloadable CSV templates: data a person replaces, not interface text.
  "lib/import/csv-templates.ts": "example rows of the CSV templates",
  // Stored metric settings are edited as JSON by an administrator; no screen shows these checks.
  "lib/metrics/settings.ts": "checks of the stored metric settings' JSON",
  // What the backup, restore and migrate commands tell the operator; only scripts/ use these modules.
  "lib/operations/backup.ts": "the backup and restore commands' refusals",
  "lib/operations/backup-postgresql.ts": "the backup and restore commands' refusals",
  "lib/operations/postgresql-migrations.ts": "the migrate command's refusals",
};

const SENTENCE = /^[A-Z][a-z'’]*\s+\S/;
const looksLikeSentence = (text: string) => {
  const trimmed = text.trim();
  return SENTENCE.test(trimmed) && (/[.?!:]$/.test(trimmed) || / the /.test(trimmed));
};

function libFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" || entry.name === "test-support" ? [] : libFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")
      ? [full]
      : [];
  });
}

const DEVELOPER_ERRORS = new Set(["Error", "RangeError", "TypeError", "UsageError"]);

/** Whether the literal is (part of) an argument of console.*, a log call or `new Error(...)`. */
function isExempt(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && ts.isIdentifier(at.expression) && DEVELOPER_ERRORS.has(at.expression.text))
      return true;
    if (ts.isCallExpression(at)) {
      const callee = at.expression.getText();
      if (/^console\.|(^|\.)log(Event|Line)?$|^(logger|log)\./.test(callee)) return true;
    }
    if (ts.isFunctionLike(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

function sentencesIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const hits: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("…");
    const inImport =
      ts.isImportDeclaration(node.parent ?? node) ||
      ts.isExportDeclaration(node.parent ?? node) ||
      ts.isExternalModuleReference(node.parent ?? node);
    if (text !== null && !inImport && looksLikeSentence(text) && !isExempt(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      hits.push(`${path.relative(ROOT, file)}:${line + 1}: ${text.slice(0, 100)}`);
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((span) => visit(span.expression));
  };
  visit(source);
  return hits;
}

describe("lib/ speaks in codes", () => {
  it("returns no user-facing English sentence from a lib/ module", () => {
    const hits = libFiles(path.join(ROOT, "lib"))
      .filter((file) => !(path.relative(ROOT, file).split(path.sep).join("/") in ALLOWED_FILES))
      .flatMap(sentencesIn);
    if (process.env.ENGLISH_SCAN_ROOT) console.log(`${hits.length} sentences\n${hits.join("\n")}`);
    expect(hits, "Put the sentence in messages/en/*.json and return { code, params } (lib/messages.ts)").toEqual([]);
  });

  it("recognises a sentence, and leaves codes, SQL and short labels alone", () => {
    expect(looksLikeSentence("The file is empty.")).toBe(true);
    expect(looksLikeSentence("Choose the account these posts belong to.")).toBe(true);
    expect(looksLikeSentence("importProblems.fileEmpty")).toBe(false);
    expect(looksLikeSentence('SELECT "id" FROM "Post"')).toBe(false);
    expect(looksLikeSentence("Q3")).toBe(false);
  });
});
