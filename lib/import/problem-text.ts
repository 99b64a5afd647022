/**
 * Import problems in English words from messages/en, for the command line,
 * logs and tests; the screens word them with useTranslations
 * (components/imports/import-problem-text.tsx).
 */
import { messageText } from "../message-text";
import { problemLineIn } from "./problem-line";
import type { StoredImportProblem } from "./types";

/** The problem's sentence; a run stored before the catalog codes shows its own sentence as it is. */
export function problemText(problem: StoredImportProblem): string {
  return "code" in problem ? messageText(problem) : problem.message;
}

/** The problem with its sentence in place of its code and values, as the command line prints it with --json and tests read it. */
export function wordedProblem(
  problem: StoredImportProblem,
): Omit<StoredImportProblem, "code" | "params"> & { message: string } {
  if (!("code" in problem)) return problem;
  const { code: _code, params: _params, ...place } = problem;
  return { ...place, message: problemText(problem) };
}

/** "data/tweets.js line 12 record[3] created_at: …" — how the command line lists problems. */
export function formatProblem(problem: StoredImportProblem): string {
  const place =
    problem.line != null ? `line ${problem.line}` : problem.index == null ? "file" : `record[${problem.index}]`;
  const where = [problem.file, place, problem.field].filter(Boolean).join(" ");
  return `${where}: ${problemText(problem)}`;
}

/** "Line 3 (category): Unknown category …" in English, as the label form lists it. */
export function problemLine(problem: StoredImportProblem): string {
  return problemLineIn(messageText, problem);
}
