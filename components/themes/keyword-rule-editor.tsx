"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { addKeywordRuleAction, removeKeywordRuleAction } from "@/lib/actions/themes";
import type { ActionResult } from "@/lib/auth/protected-action";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

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
      <FormMessage tone="success" className="text-sm" data-testid={testId}>
        {t("retagged", { before: state.data.taggedBefore, after: state.data.taggedAfter })} {t("manualKept")}
      </FormMessage>
    );
  }
  const messages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <FormMessage tone="error" className="text-sm" data-testid={testId}>
      {messages.length > 0 ? messages.map(errorText).join(" ") : errorText(state.error)}
    </FormMessage>
  );
}

/** The remove button of one rule: removing re-tags the theme's posts at once. */
export function RemoveKeywordRule({
  themeId,
  language,
  pattern,
}: {
  themeId: string;
  language: string;
  pattern: string;
}) {
  const t = useTranslations("themeRules");
  const { state, pending, submit } = useActionForm(removeKeywordRuleAction);
  return (
    <>
      <Button
        variant="remove"
        onClick={() => submit({ themeId, language, pattern })}
        disabled={pending}
        className="ml-1 rounded px-1 text-xs text-muted"
        aria-label={t("remove", { pattern })}
      >
        {pending ? "…" : "×"}
      </Button>
      {state && !state.ok && <Outcome state={state} testId="remove-rule-status" />}
    </>
  );
}

/** Adds a keyword rule; the theme's posts are re-tagged in the same step and the change in tagged posts is shown. */
export function AddKeywordRuleForm({
  themeId,
  languages,
}: {
  themeId: string;
  languages: { code: string; name: string }[];
}) {
  const t = useTranslations("themeRules");
  const { state, pending, onSubmit, formRef, baseId, idOf, fieldErrors } = useActionForm(addKeywordRuleAction);
  useEffect(() => {
    // Keep the language for the next rule; clear only the pattern.
    const pattern = formRef.current?.elements.namedItem("pattern");
    if (state?.ok && pattern instanceof HTMLInputElement) pattern.value = "";
  }, [state, formRef]);
  const patternHint = `${baseId}-pattern-hint`;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="mt-3 space-y-2 rounded-lg border border-dashed border-border p-3"
      aria-labelledby={`${baseId}-heading`}
      data-testid="add-rule-form"
    >
      <h3 id={`${baseId}-heading`} className="text-sm font-medium">
        {t("addHeading")}
      </h3>
      <input type="hidden" name="themeId" value={themeId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={idOf("language")} name="language" label={t("language")} labelClassName="mb-1 block">
          {(props) => (
            <Select {...props} defaultValue={languages[0]?.code}>
              {languages.map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name} ({language.code})
                </option>
              ))}
            </Select>
          )}
        </Field>
        {/* The refusal is read out in the outcome below; the field only marks itself invalid. */}
        <Field
          id={idOf("pattern")}
          name="pattern"
          label={t("pattern")}
          describedBy={patternHint}
          className="min-w-56 flex-1 text-sm"
          labelClassName="mb-1 block"
        >
          {(props) => (
            <Input
              {...props}
              aria-invalid={fieldErrors.pattern ? true : undefined}
              type="text"
              maxLength={100}
              autoComplete="off"
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
      <p id={patternHint} className="text-xs text-muted">
        {t("patternHint")}
      </p>
      <Outcome state={state} testId="add-rule-status" />
    </form>
  );
}
