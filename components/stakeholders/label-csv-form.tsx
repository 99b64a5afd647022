"use client";

import { useTranslations } from "next-intl";
import { importStakeholderLabelsAction } from "@/lib/actions/stakeholders";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, messageTone } from "@/components/ui/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import { problemLineIn } from "@/lib/import/problem-line";

/** Uploads a CSV of labels; a refused file lists every problem by line and changes nothing. */
export function LabelCsvForm() {
  const t = useTranslations("stakeholders");
  const { state, pending, onSubmit, formRef, baseId } = useActionForm(importStakeholderLabelsAction);
  const errorKeys = useTranslations("stakeholders.errors");
  const text = useMessageText();
  const describe = (message: string) => (errorKeys.has(message) ? errorKeys(message) : message);
  const refusal = state && !state.ok ? state : null;
  const fileProblems = refusal?.problems?.map((problem) => problemLineIn(text, problem)) ?? [];
  const fileErrors = [...fileProblems, ...(refusal?.fieldErrors?.file ?? []).map(describe)];
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-2 rounded-lg border border-border bg-card p-4 text-sm"
      data-testid="csv-form"
      aria-labelledby={`${baseId}-heading`}
    >
      <h2 id={`${baseId}-heading`} className="font-semibold">
        {t("csv.heading")}
      </h2>
      <p className="text-muted">{t("csv.help")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${baseId}-file`} className="sr-only">
          {t("csv.file")}
        </label>
        <input
          id={`${baseId}-file`}
          type="file"
          name="file"
          accept=".csv,text/csv"
          aria-describedby={`${baseId}-status`}
          aria-invalid={fileErrors.length > 0}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "…" : t("csv.submit")}
        </Button>
      </div>
      <div id={`${baseId}-status`} data-testid="csv-status">
        {state?.ok && <FormMessage tone="success">{t("csv.done", { count: state.data.count })}</FormMessage>}
        {state && !state.ok && (
          <div role="alert" className={messageTone("error")}>
            <p>{t("csv.refused")}</p>
            <ul className="list-disc pl-5">
              {(fileErrors.length > 0 ? fileErrors : [describe(state.error)]).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
