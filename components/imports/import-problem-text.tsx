import { useTranslations } from "next-intl";
import type { StoredImportProblem } from "@/lib/import/types";

/** An import problem in the viewer's language; a run stored before the catalog codes shows its own sentence. */
export function ImportProblemText({ problem }: { problem: StoredImportProblem }) {
  const t = useTranslations();
  return <>{"code" in problem ? t(problem.code, problem.params) : problem.message}</>;
}
