"use client";

import { useTranslations } from "next-intl";
import type { MissionOption } from "@/lib/data/users";
import type { ActionResult } from "@/lib/auth/protected-action";
import { useActionForm, type FormAction } from "@/components/hooks/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type SuccessKey =
  "created" | "updated" | "unchanged" | "deactivated" | "reactivated" | "passwordReset" | "sessionsEnded";
export type AdminAction<K extends SuccessKey> = FormAction<K>;

function useErrorText() {
  const t = useTranslations("admin.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

/** A form bound to a user-administration action, its field errors in the admin catalog's words. */
export function useAdminForm<K extends SuccessKey>(action: AdminAction<K>, { resetOnSuccess = false } = {}) {
  return useActionForm(action, { resetOnSuccess, errorText: useErrorText() });
}

/** The mission select of the user forms, with its hint and error (only ambassadors have a mission). */
export function MissionSelect({
  form,
  missions,
  defaultValue,
  labelClassName,
}: {
  form: Pick<ReturnType<typeof useAdminForm>, "field">;
  missions: readonly MissionOption[];
  defaultValue: string;
  labelClassName: string;
}) {
  const t = useTranslations("admin.form");
  return (
    <Field
      {...form.field("missionId")}
      label={t("mission")}
      description={t("missionHint")}
      labelClassName={labelClassName}
    >
      {(control) => (
        <Select {...control} defaultValue={defaultValue}>
          <option value="">{t("noMission")}</option>
          {missions.map((mission) => (
            <option key={mission.id} value={mission.id}>
              {mission.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** The outcome of the last submission: a success, or a refusal not tied to one field. */
export function FormStatus({
  state,
  fieldNames,
  testId,
}: {
  state: ActionResult<SuccessKey> | null;
  fieldNames: string[];
  testId?: string;
}) {
  const t = useTranslations("admin");
  const text = useErrorText();
  if (!state) return <p role="status" className="sr-only" />;
  if (state.ok) {
    return (
      <FormMessage tone="success" data-testid={testId} className="text-sm">
        {t(`success.${state.data}`)}
      </FormMessage>
    );
  }
  const general = Object.entries(state.fieldErrors ?? {})
    .filter(([name]) => !fieldNames.includes(name))
    .flatMap(([, codes]) => codes.map(text));
  return (
    <FormMessage tone="error" data-testid={testId} className="text-sm">
      {general.length ? general.join(" ") : text(state.error)}
    </FormMessage>
  );
}
