"use client";

import { startTransition, useActionState, useId, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/admin/admin-form";
import { importStakeholderLabelsAction } from "@/lib/actions/stakeholders";
import type { ActionResult } from "@/lib/auth/protected-action";

/** Uploads a CSV of labels; a refused file lists every problem by line and changes nothing. */
export function LabelCsvForm() {
  const t = useTranslations("stakeholders");
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ActionResult<{ count: number }> | null, FormData>(importStakeholderLabelsAction, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const fileErrors = state && !state.ok ? (state.fieldErrors?.file ?? []) : [];
  const errorKeys = useTranslations("stakeholders.errors");
  const describe = (message: string) => (errorKeys.has(message) ? errorKeys(message) : message);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2 rounded-lg border border-border bg-card p-4 text-sm" data-testid="csv-form" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="font-semibold">
        {t("csv.heading")}
      </h2>
      <p className="text-muted">{t("csv.help")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${baseId}-file`} className="sr-only">
          {t("csv.file")}
        </label>
        <input id={`${baseId}-file`} type="file" name="file" accept=".csv,text/csv" aria-describedby={`${baseId}-status`} aria-invalid={fileErrors.length > 0} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "…" : t("csv.submit")}
        </button>
      </div>
      <div id={`${baseId}-status`} data-testid="csv-status">
        {state?.ok && (
          <p role="status" className="text-emerald-700 dark:text-emerald-300">
            {t("csv.done", { count: state.data.count })}
          </p>
        )}
        {state && !state.ok && (
          <div role="alert" className="text-rose-700 dark:text-rose-300">
            <p>{t("csv.refused")}</p>
            <ul className="list-disc pl-5">
              {(fileErrors.length > 0 ? fileErrors : [state.error]).map((message) => (
                <li key={message}>{describe(message)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
