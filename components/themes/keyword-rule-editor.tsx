"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { addKeywordRuleAction, removeKeywordRuleAction } from "@/lib/actions/themes";
import type { ActionResult } from "@/lib/auth/protected-action";
import { buttonClass, inputClass } from "@/components/admin/admin-form";

type RetagOutcome = ActionResult<{ taggedBefore: number; taggedAfter: number }>;

function useErrorText() {
  const t = useTranslations("themeRules.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

function Outcome({ state, testId }: { state: RetagOutcome | null; testId: string }) {
  const t = useTranslations("themeRules");
  const errorText = useErrorText();
  if (!state) return <p role="status" className="sr-only" />;
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid={testId}>
        {t("retagged", { before: state.data.taggedBefore, after: state.data.taggedAfter })} {t("manualKept")}
      </p>
    );
  }
  const messages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <p role="alert" className="text-sm text-rose-700 dark:text-rose-300" data-testid={testId}>
      {messages.length > 0 ? messages.map(errorText).join(" ") : errorText(state.error)}
    </p>
  );
}

/** The remove button of one rule: removing re-tags the theme's posts at once. */
export function RemoveKeywordRule({ themeId, language, pattern }: { themeId: string; language: string; pattern: string }) {
  const t = useTranslations("themeRules");
  const [state, dispatch, pending] = useActionState<RetagOutcome | null, FormData>(removeKeywordRuleAction, null);
  const remove = () => {
    const data = new FormData();
    data.set("themeId", themeId);
    data.set("language", language);
    data.set("pattern", pattern);
    startTransition(() => dispatch(data));
  };
  return (
    <>
      <button type="button" onClick={remove} disabled={pending} className="ml-1 rounded px-1 text-xs text-muted hover:text-rose-700" aria-label={t("remove", { pattern })}>
        {pending ? "…" : "×"}
      </button>
      {state && !state.ok && <Outcome state={state} testId="remove-rule-status" />}
    </>
  );
}

/** Adds a keyword rule; the theme's posts are re-tagged in the same step and the change in tagged posts is shown. */
export function AddKeywordRuleForm({ themeId, languages }: { themeId: string; languages: { code: string; name: string }[] }) {
  const t = useTranslations("themeRules");
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<RetagOutcome | null, FormData>(addKeywordRuleAction, null);
  useEffect(() => {
    // Keep the language for the next rule; clear only the pattern.
    const pattern = formRef.current?.elements.namedItem("pattern");
    if (state?.ok && pattern instanceof HTMLInputElement) pattern.value = "";
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const patternError = state && !state.ok && state.fieldErrors?.pattern;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-3 space-y-2 rounded-lg border border-dashed border-border p-3" aria-labelledby={`${baseId}-heading`} data-testid="add-rule-form">
      <h3 id={`${baseId}-heading`} className="text-sm font-medium">
        {t("addHeading")}
      </h3>
      <input type="hidden" name="themeId" value={themeId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="text-sm">
          <label htmlFor={`${baseId}-language`} className="mb-1 block">{t("language")}</label>
          <select id={`${baseId}-language`} name="language" defaultValue={languages[0]?.code} className={inputClass}>
            {languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name} ({language.code})
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-56 flex-1 text-sm">
          <label htmlFor={`${baseId}-pattern`} className="mb-1 block">{t("pattern")}</label>
          <input
            id={`${baseId}-pattern`}
            name="pattern"
            type="text"
            maxLength={100}
            autoComplete="off"
            aria-invalid={patternError ? true : undefined}
            aria-describedby={`${baseId}-pattern-hint`}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("adding") : t("add")}
        </button>
      </div>
      <p id={`${baseId}-pattern-hint`} className="text-xs text-muted">{t("patternHint")}</p>
      <Outcome state={state} testId="add-rule-status" />
    </form>
  );
}

