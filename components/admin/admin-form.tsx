"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { MissionOption } from "@/lib/data/users";
import type { ActionResult } from "@/lib/auth/protected-action";

export type SuccessKey = "created" | "updated" | "unchanged" | "deactivated" | "reactivated" | "passwordReset" | "sessionsEnded";
export type AdminAction<K extends SuccessKey> = (previous: ActionResult<K> | null, formData: FormData) => Promise<ActionResult<K>>;

/**
 * A form bound to a user-administration action. Submitting through a
 * transition instead of the form's action keeps what was typed when the
 * action refuses; the form is cleared only after a success.
 */
export function useAdminForm<K extends SuccessKey>(action: AdminAction<K>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState<ActionResult<K> | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const baseId = useId();
  useEffect(() => {
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  /** Props tying an input to its error message. */
  const field = (name: string, { hint = false } = {}) => {
    const hasError = Boolean(fieldErrors[name]?.length);
    const describedBy = [hint && `${baseId}-${name}-hint`, hasError && `${baseId}-${name}-error`].filter(Boolean).join(" ");
    return { name, id: `${baseId}-${name}`, "aria-invalid": hasError || undefined, "aria-describedby": describedBy || undefined };
  };
  return { state, pending, onSubmit, formRef, field, fieldErrors, baseId };
}

function useErrorText() {
  const t = useTranslations("admin.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

/** The error of one field, with the id its input points to. */
export function FieldError({ baseId, name, errors }: { baseId: string; name: string; errors: Record<string, string[]> }) {
  const text = useErrorText();
  const messages = errors[name];
  if (!messages?.length) return null;
  return (
    <p id={`${baseId}-${name}-error`} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
      {messages.map(text).join(" ")}
    </p>
  );
}

/** The mission select of the user forms, with its hint and error (only ambassadors have a mission). */
export function MissionSelect({
  form,
  missions,
  defaultValue,
  labelClassName,
}: {
  form: Pick<ReturnType<typeof useAdminForm>, "field" | "fieldErrors" | "baseId">;
  missions: readonly MissionOption[];
  defaultValue: string;
  labelClassName: string;
}) {
  const t = useTranslations("admin.form");
  return (
    <>
      <label htmlFor={`${form.baseId}-missionId`} className={labelClassName}>{t("mission")}</label>
      <select {...form.field("missionId", { hint: true })} defaultValue={defaultValue} className={inputClass}>
        <option value="">{t("noMission")}</option>
        {missions.map((mission) => (
          <option key={mission.id} value={mission.id}>
            {mission.name}
          </option>
        ))}
      </select>
      <p id={`${form.baseId}-missionId-hint`} className="mt-1 text-xs text-muted">{t("missionHint")}</p>
      <FieldError baseId={form.baseId} name="missionId" errors={form.fieldErrors} />
    </>
  );
}

/** The outcome of the last submission: a success, or a refusal not tied to one field. */
export function FormStatus({ state, fieldNames, testId }: { state: ActionResult<SuccessKey> | null; fieldNames: string[]; testId?: string }) {
  const t = useTranslations("admin");
  const text = useErrorText();
  if (!state) return <p role="status" className="sr-only" />;
  if (state.ok) {
    return (
      <p role="status" data-testid={testId} className="text-sm text-emerald-700 dark:text-emerald-300">
        {t(`success.${state.data}`)}
      </p>
    );
  }
  const general = Object.entries(state.fieldErrors ?? {})
    .filter(([name]) => !fieldNames.includes(name))
    .flatMap(([, codes]) => codes.map(text));
  return (
    <p role="alert" data-testid={testId} className="text-sm text-rose-700 dark:text-rose-300">
      {general.length ? general.join(" ") : text(state.error)}
    </p>
  );
}

export const inputClass = "w-full rounded border border-border bg-background px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-600";
export const buttonClass = "rounded bg-accent px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:text-slate-900";
export const secondaryButtonClass = "rounded border border-border px-3 py-1.5 text-sm hover:border-accent disabled:opacity-60";
