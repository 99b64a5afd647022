import type { Message } from "../messages";
import type { StoredImportProblem } from "./types";

/**
 * "Line 3 (category): Unknown category …" — a CSV problem as the label form
 * lists it, worded by whoever renders it (the screen in the viewer's
 * language, the command line in English). Free of any catalog import, so a
 * client component can use it without shipping the messages.
 */
export function problemLineIn(text: (message: Message) => string, problem: StoredImportProblem): string {
  const own = "code" in problem ? text(problem) : problem.message;
  if (!problem.line) return own;
  return text({
    code: "importProblems.onLine",
    params: { line: problem.line, hasField: problem.field ? "yes" : "no", field: problem.field ?? "", text: own },
  });
}
