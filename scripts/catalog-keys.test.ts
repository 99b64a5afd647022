/**
 * Every literal message key a screen asks for exists in the English catalog.
 * It reads components/ and app/ (.tsx), finds each translator bound to a
 * variable (`const t = useTranslations("ns")`, `await getTranslations("ns")`,
 * `getTranslations({ namespace: "ns" })`, also inside `Promise.all([...])`)
 * and each call of it with a literal key (`t("key")`, `t.rich`, `t.markup`,
 * `t.raw`, `t.has`), and looks `ns.key` up in messages/en/index.ts. Dynamic
 * keys (template literals with values, variables) are skipped. A key filed
 * under the wrong namespace showed raw on a screen (imports.upload.personalAccount).
 *
 * CATALOG_KEYS_MESSAGES names another catalog module to check against (a
 * one-off check of an older catalog).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const METHODS = new Set(["rich", "markup", "raw", "has"]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : tsxFiles(full);
    return entry.name.endsWith(".tsx") && !/\.test\.tsx$/.test(entry.name) ? [full] : [];
  });
}

const literal = (node: ts.Node | undefined): string | null => {
  while (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isAwaitExpression(node)))
    node = node.expression;
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
};

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node)
    ? unwrap(node.expression)
    : node;

/** The namespace of a translator call (`""` for the root), or null when the expression is not one. */
function namespaceOf(node: ts.Expression): string | null {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return null;
  if (call.expression.text !== "useTranslations" && call.expression.text !== "getTranslations") return null;
  const arg = call.arguments[0];
  if (!arg) return "";
  if (ts.isObjectLiteralExpression(arg)) {
    const ns = arg.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === "namespace",
    );
    return ns ? literal(ns.initializer) : "";
  }
  return literal(arg);
}

export interface KeyUse {
  file: string;
  line: number;
  key: string;
  method: string;
}

/** The literal keys asked for in one file, each with its namespace. */
export function keyUsesIn(file: string): KeyUse[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  // Scope node → name → namespace (null: the name is bound to something else there).
  const scopes = new Map<ts.Node, Map<string, string | null>>();
  const scopeOf = (node: ts.Node): ts.Node => {
    for (let at = node.parent; at; at = at.parent)
      if (ts.isBlock(at) || ts.isSourceFile(at) || ts.isFunctionLike(at) || ts.isForStatement(at)) return at;
    return source;
  };
  const bind = (scope: ts.Node, name: string, ns: string | null) => {
    if (!scopes.has(scope)) scopes.set(scope, new Map());
    scopes.get(scope)!.set(name, ns);
  };
  const bindAll = (scope: ts.Node, name: ts.BindingName, ns: string | null) => {
    if (ts.isIdentifier(name)) bind(scope, name.text, ns);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindAll(scope, element.name, null);
  };
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node)) {
      const scope = scopeOf(node);
      const init = node.initializer && unwrap(node.initializer);
      if (ts.isIdentifier(node.name)) bind(scope, node.name.text, init ? namespaceOf(init) : null);
      else if (
        ts.isArrayBindingPattern(node.name) &&
        init &&
        ts.isCallExpression(init) &&
        init.expression.getText() === "Promise.all" &&
        init.arguments[0] &&
        ts.isArrayLiteralExpression(init.arguments[0])
      ) {
        const items = init.arguments[0].elements;
        node.name.elements.forEach((element, i) => {
          if (ts.isOmittedExpression(element)) return;
          const item = items[i];
          bindAll(scope, element.name, item && ts.isIdentifier(element.name) ? namespaceOf(item) : null);
        });
      } else bindAll(scope, node.name, null);
    } else if (ts.isParameter(node)) bindAll(node.parent, node.name, null);
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name)
      bind(scopeOf(node), node.name.text, null);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const resolve = (node: ts.Node, name: string): string | null => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      const bound = scopes.get(at)?.get(name);
      if (bound !== undefined) return bound;
    }
    return null;
  };
  const uses: KeyUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      let name: string | null = null;
      let method = "t";
      if (ts.isIdentifier(node.expression)) name = node.expression.text;
      else if (
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        METHODS.has(node.expression.name.text)
      ) {
        name = node.expression.expression.text;
        method = node.expression.name.text;
      }
      const key = literal(node.arguments[0]);
      const ns = name && key !== null ? resolve(node, name) : null;
      if (ns !== null && key !== null) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        uses.push({ file: path.relative(ROOT, file), line, key: ns ? `${ns}.${key}` : key, method });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** The uses whose key the catalog lacks (raw may name a whole namespace; the others need a message). */
export function missingKeys(uses: KeyUse[], catalog: unknown): string[] {
  const missing = uses.filter(({ key, method }) => {
    let at: unknown = catalog;
    for (const part of key.split(".")) {
      if (!at || typeof at !== "object" || !(part in at)) return true;
      at = (at as Record<string, unknown>)[part];
    }
    return method === "raw" ? at === undefined : typeof at !== "string";
  });
  return missing.map(({ file, line, key }) => `${file}:${line} ${key}`);
}

const allUses = () => ["components", "app"].flatMap((dir) => tsxFiles(path.join(ROOT, dir))).flatMap(keyUsesIn);

async function catalog(): Promise<Record<string, unknown>> {
  const loaded = process.env.CATALOG_KEYS_MESSAGES
    ? await import(path.resolve(process.env.CATALOG_KEYS_MESSAGES))
    : await import("../messages/en/index");
  return loaded.default as Record<string, unknown>;
}

describe("message keys", () => {
  it("finds the translators and their literal keys", () => {
    const uses = allUses();
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.map((u) => u.key)).toContain("imports.upload.personalAccount");
  });

  it("asks only for keys the English catalog has", async () => {
    expect(missingKeys(allUses(), await catalog())).toEqual([]);
  });

  it("catches a key filed under the wrong namespace", async () => {
    const messages = structuredClone(await catalog()) as { imports: { upload: Record<string, unknown> } };
    delete messages.imports.upload.personalAccount;
    expect(missingKeys(allUses(), messages)).toEqual([
      expect.stringMatching(/^components\/imports\/account-select\.tsx:\d+ imports\.upload\.personalAccount$/),
    ]);
  });
});
