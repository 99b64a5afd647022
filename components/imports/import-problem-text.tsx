import { useMessageText } from "@/components/i18n/use-message-text";
import type { StoredImportProblem } from "@/lib/import/types";

/** An import problem in the viewer's language; a run stored before the catalog codes shows its own sentence. */
export function ImportProblemText({ problem }: { problem: StoredImportProblem }) {
  const text = useMessageText();
  return <>{"code" in problem ? text(problem) : problem.message}</>;
}
