"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { saveMetricSettingsAction } from "@/lib/actions/settings";
import type { SettingsFormField } from "@/lib/validations/settings";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FormMessage, fieldDescriptionIds } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type FormValues = Record<SettingsFormField, string>;

const WEIGHTS = ["weightActivity", "weightEngagement", "weightCoverage", "weightResponse"] as const;

/** A titled group of settings. */
function SettingsGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-border bg-card p-4" aria-labelledby={id}>
      <legend className="sr-only">{title}</legend>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </fieldset>
  );
}

/**
 * The metric settings, each with its refusal next to it. Numbers are typed
 * as text (shares as percentages) so that the server, not the browser, says
 * what is wrong with a value; a refusal keeps what was typed.
 */
export function SettingsForm({ values }: { values: FormValues }) {
  const t = useTranslations("admin.settings");
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unexpected"));
  const { state, pending, onSubmit, formRef, field, baseId, fieldErrors } = useActionForm(saveMetricSettingsAction, {
    errorText,
  });
  const weightsHint = `${baseId}-weights-hint`;
  const weightsError = fieldDescriptionIds(`${baseId}-healthWeights`).error;
  const weightsRefusal = fieldErrors.healthWeights?.map(errorText).join(" ");

  const number = (
    name: SettingsFormField,
    label: string,
    { hint, decimal = true }: { hint?: string; decimal?: boolean } = {},
  ) => (
    <Field {...field(name)} label={label} description={hint}>
      {(control) => (
        <Input
          {...control}
          type="text"
          inputMode={decimal ? "decimal" : "numeric"}
          autoComplete="off"
          defaultValue={values[name]}
          className="sm:max-w-40"
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="settings-form">
      <SettingsGroup id={`${baseId}-activity`} title={t("activity.heading")}>
        <div className="grid gap-4 md:grid-cols-2">
          {number("dormancyThresholdDays", t("activity.dormancyThresholdDays"), {
            hint: t("activity.dormancyThresholdDaysHint"),
            decimal: false,
          })}
          {number("defaultPeriodDays", t("activity.defaultPeriodDays"), {
            hint: t("activity.defaultPeriodDaysHint"),
            decimal: false,
          })}
        </div>
      </SettingsGroup>

      <SettingsGroup id={`${baseId}-weights`} title={t("weights.heading")}>
        <FieldDescription id={weightsHint} className="mb-3 mt-0 text-sm">
          {t("weights.hint")}
        </FieldDescription>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {WEIGHTS.map((name) => (
            <Field
              key={name}
              {...field(name)}
              label={t(`weights.${name}`)}
              describedBy={weightsRefusal ? `${weightsHint} ${weightsError}` : weightsHint}
            >
              {(control) => (
                <Input {...control} type="text" inputMode="decimal" autoComplete="off" defaultValue={values[name]} />
              )}
            </Field>
          ))}
        </div>
        {weightsRefusal ? (
          <FieldError id={weightsError} className="text-sm" data-testid="weights-error">
            {weightsRefusal}
          </FieldError>
        ) : null}
      </SettingsGroup>

      <SettingsGroup id={`${baseId}-targets`} title={t("targets.heading")}>
        <div className="grid gap-4 md:grid-cols-2">
          {number("targetEngage", t("targets.targetEngage"))}
          {number("targetPriorityEngagement", t("targets.targetPriorityEngagement"), {
            hint: t("targets.targetPriorityEngagementHint"),
          })}
          {number("engagementMismatchBelow", t("targets.engagementMismatchBelow"), {
            hint: t("targets.engagementMismatchBelowHint"),
          })}
          {number("activityTargetPostsPerWeek", t("targets.activityTargetPostsPerWeek"), {
            hint: t("targets.activityTargetPostsPerWeekHint"),
          })}
          {number("responseTargetPerPost", t("targets.responseTargetPerPost"), {
            hint: t("targets.responseTargetPerPostHint"),
          })}
        </div>
      </SettingsGroup>

      <SettingsGroup id={`${baseId}-ministry`} title={t("ministry.heading")}>
        <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
          <Field
            {...field("ministryName")}
            label={t("ministry.ministryName")}
            description={t("ministry.ministryNameHint")}
          >
            {(control) => (
              <Input
                {...control}
                type="text"
                autoComplete="organization"
                maxLength={200}
                defaultValue={values.ministryName}
              />
            )}
          </Field>
          <Field
            {...field("ministryLanguage")}
            label={t("ministry.ministryLanguage")}
            description={t("ministry.ministryLanguageHint")}
          >
            {(control) => (
              <Input
                {...control}
                type="text"
                autoComplete="off"
                maxLength={3}
                defaultValue={values.ministryLanguage}
                className="sm:max-w-24"
              />
            )}
          </Field>
        </div>
      </SettingsGroup>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        {!state ? (
          <p role="status" className="sr-only" />
        ) : state.ok ? (
          <FormMessage tone="success" className="text-sm" data-testid="settings-status">
            {state.data.changed > 0 ? t("saved") : t("unchanged")}
          </FormMessage>
        ) : (
          <FormMessage tone="error" className="text-sm" data-testid="settings-status">
            {errorText(state.error)}
          </FormMessage>
        )}
      </div>
    </form>
  );
}
