import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ImportRunDetail } from "@/lib/data/imports";
import { ImportProblemText } from "./import-problem-text";
import { skipReasonLines } from "@/lib/import/skip-reasons";

export type ImportReportData = Pick<
  ImportRunDetail,
  | "id"
  | "status"
  | "read"
  | "created"
  | "updated"
  | "unchanged"
  | "skipped"
  | "skippedReasons"
  | "errorCount"
  | "errors"
  | "account"
>;

const SHOWN_PROBLEMS = 50;

/** The outcome of one import: counts, skipped records by reason, and every kept problem with its place in the file. */
export function ImportReport({
  run,
  showRunLink = false,
  headingLevel = 3,
}: {
  run: ImportReportData;
  showRunLink?: boolean;
  /** 3 under the import form's heading; 2 on the run's own page, right under its title. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("imports.report");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const format = useFormatter();
  const tone = run.status === "succeeded" ? "success" : run.status === "running" ? "info" : "danger";
  const counts = [
    ["read", run.read],
    ["created", run.created],
    ["updated", run.updated],
    ["unchanged", run.unchanged],
    ["skipped", run.skipped],
  ] as const;
  const shown = run.errors.slice(0, SHOWN_PROBLEMS);
  return (
    <section
      aria-labelledby={`report-${run.id}`}
      className="space-y-3"
      data-testid="import-report"
      data-status={run.status}
    >
      <Heading id={`report-${run.id}`} className="text-base font-semibold">
        {t("heading")}
      </Heading>
      <Alert tone={tone}>{t(run.status)}</Alert>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded border border-border p-2">
            <dt className="text-xs text-muted">{t(key)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`import-${key}`}>
              {format.number(value)}
            </dd>
          </div>
        ))}
      </dl>
      {Object.keys(run.skippedReasons).length > 0 && (
        <ul className="list-inside list-disc text-sm text-muted">
          {skipReasonLines(run.skippedReasons).map((line) =>
            "key" in line ? (
              <li key={line.key} data-testid={`import-skipped-${line.key}`}>
                {t(`skipReasons.${line.key}`, { count: line.count })}
              </li>
            ) : (
              <li key={line.reason}>{t("skippedReason", { count: line.count, reason: line.reason })}</li>
            ),
          )}
        </ul>
      )}
      {run.errorCount > 0 && (
        <div>
          <p className="text-sm font-medium" data-testid="import-problem-count">
            {t("problems", { count: run.errorCount })}
          </p>
          <ul
            className="mt-1 max-h-80 space-y-1 overflow-y-auto rounded border border-border p-2 text-sm"
            data-testid="import-problems"
          >
            {shown.map((problem, i) => (
              <li key={i} className="break-words">
                <span className="font-mono text-xs text-muted">
                  {[
                    problem.file,
                    problem.line != null
                      ? t("line", { line: problem.line })
                      : problem.index != null
                        ? t("record", { index: problem.index })
                        : t("fileProblem"),
                    problem.field,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>{" "}
                <ImportProblemText problem={problem} />
              </li>
            ))}
          </ul>
          {run.errorCount > shown.length && (
            <p className="mt-1 text-xs text-muted">
              {t("moreProblems", { count: run.errorCount - shown.length, shown: shown.length })}
            </p>
          )}
        </div>
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        {run.status === "succeeded" && run.account && (
          <Link
            className="text-accent underline"
            href={`/accounts/${run.account.id}`}
            data-testid="import-account-link"
          >
            {t("viewAccount")}
          </Link>
        )}
        {showRunLink && (
          <Link className="text-accent underline" href={`/imports/${run.id}`}>
            {t("viewRun")}
          </Link>
        )}
      </p>
    </section>
  );
}
