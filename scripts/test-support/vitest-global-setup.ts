import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { removeTemplates, TEMPLATE_DIR_ENV } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** Environment variables for the test files: where this run keeps its template stores. */
    templateEnv: Record<string, string>;
  }
}

/**
 * Names a folder for this run's template stores (scripts/test-support/test-database.ts):
 * the first test file that needs a migrated store, or one with the demo data, makes it once,
 * and every later one is a copy. One folder per Vitest process, shared by its projects, so
 * that runs side by side (other checkouts) never share a template. Removed at the end.
 */
export default function setup(project: TestProject) {
  const runDir = path.join(os.tmpdir(), `chancery-test-templates-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  project.provide("templateEnv", { [TEMPLATE_DIR_ENV]: runDir });
  return () => removeTemplates(runDir);
}
