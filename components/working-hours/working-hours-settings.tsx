"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/admin/admin-form";
import { addHolidaysAction, removeHolidayAction, saveWorkingHoursAction } from "@/lib/actions/working-hours";
import type { ActionResult } from "@/lib/auth/protected-action";
import { formatMinuteOfDay } from "@/lib/metrics/working-hours";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function useErrorText() {
  const t = useTranslations("workingHours");
  return (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.unexpected") : t("errors.unexpected"));
}

/** Field errors as sentences; "line-N" errors name their line. */
function ErrorList<T>({ state, testId }: { state: ActionResult<T> | null; testId: string }) {
  const t = useTranslations("workingHours");
  const errorText = useErrorText();
  if (!state || state.ok) return null;
  const entries = Object.entries(state.fieldErrors ?? {}).sort(([a], [b]) => lineOf(a) - lineOf(b));
  return (
    <div role="alert" className="text-sm text-rose-700 dark:text-rose-300" data-testid={testId}>
      {entries.length === 0 ? (
        <p>{errorText(state.error)}</p>
      ) : (
        <ul className="list-inside list-disc">
          {entries.flatMap(([field, codes]) =>
            codes.map((code) => (
              <li key={`${field}-${code}`}>
                {field.startsWith("line-") ? t("lineError", { line: lineOf(field), message: errorText(code) }) : errorText(code)}
              </li>
            )),
          )}
        </ul>
      )}
      {state.error === "conflict" || entries.some(([field]) => field.startsWith("line-")) ? <p>{t("pasteHint")}</p> : null}
    </div>
  );
}

function lineOf(field: string): number {
  return field.startsWith("line-") ? Number(field.slice(5)) : 0;
}

function useActionForm<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>, resetOnSuccess: boolean) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, formRef, onSubmit };
}

export function WorkingHoursForm({
  missionId,
  workdayStartMinute,
  workdayEndMinute,
  weekendDays,
}: {
  missionId: string;
  workdayStartMinute: number;
  workdayEndMinute: number;
  weekendDays: readonly number[];
}) {
  const t = useTranslations("workingHours");
  const id = useId();
  const { state, pending, formRef, onSubmit } = useActionForm(saveWorkingHoursAction, false);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="working-hours-form">
      <input type="hidden" name="missionId" value={missionId} />
      <div className="flex flex-wrap gap-4">
        <div className="text-sm">
          <label htmlFor={`${id}-start`} className="mb-1 block">
            {t("workdayStart")}
          </label>
          <input
            id={`${id}-start`}
            name="workdayStart"
            type="time"
            step={900}
            defaultValue={formatMinuteOfDay(workdayStartMinute)}
            aria-invalid={errors.workdayStart ? true : undefined}
            aria-describedby={`${id}-hint`}
            className={inputClass}
          />
        </div>
        <div className="text-sm">
          <label htmlFor={`${id}-end`} className="mb-1 block">
            {t("workdayEnd")}
          </label>
          <input
            id={`${id}-end`}
            name="workdayEnd"
            type="time"
            step={900}
            defaultValue={workdayEndMinute >= 1440 ? "23:45" : formatMinuteOfDay(workdayEndMinute)}
            aria-invalid={errors.workdayEnd ? true : undefined}
            aria-describedby={`${id}-hint`}
            className={inputClass}
          />
        </div>
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t("quarterHint")}
      </p>
      <fieldset className="text-sm">
        <legend className="mb-1">{t("weekendDays")}</legend>
        <div className="flex flex-wrap gap-3">
          {WEEKDAYS.map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="checkbox" name={`weekend${d}`} defaultChecked={weekendDays.includes(d)} />
              {t(`weekday.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("saving") : t("save")}
      </button>
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="working-hours-status">
          {t("saved")}
        </p>
      ) : (
        <ErrorList state={state} testId="working-hours-status" />
      )}
    </form>
  );
}

function AddedStatus({ state, testId }: { state: ActionResult<{ added: number }> | null; testId: string }) {
  const t = useTranslations("workingHours");
  if (state?.ok)
    return (
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid={testId}>
        {t("added", { count: state.data.added })}
      </p>
    );
  return <ErrorList state={state} testId={testId} />;
}

export function AddHolidayForm({ missionId }: { missionId: string }) {
  const t = useTranslations("workingHours");
  const id = useId();
  const { state, pending, formRef, onSubmit } = useActionForm(addHolidaysAction, true);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" data-testid="add-holiday-form">
      <input type="hidden" name="missionId" value={missionId} />
      <div className="text-sm">
        <label htmlFor={`${id}-day`} className="mb-1 block">
          {t("holidayDay")}
        </label>
        <input id={`${id}-day`} name="day" type="date" className={inputClass} />
      </div>
      <div className="min-w-48 flex-1 text-sm">
        <label htmlFor={`${id}-name`} className="mb-1 block">
          {t("holidayName")}
        </label>
        <input id={`${id}-name`} name="name" type="text" maxLength={100} autoComplete="off" className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("adding") : t("addHoliday")}
      </button>
      <div className="w-full">
        <AddedStatus state={state} testId="add-holiday-status" />
      </div>
    </form>
  );
}

export function PasteHolidaysForm({ missionId }: { missionId: string }) {
  const t = useTranslations("workingHours");
  const id = useId();
  const { state, pending, formRef, onSubmit } = useActionForm(addHolidaysAction, true);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-2" data-testid="paste-holidays-form">
      <input type="hidden" name="missionId" value={missionId} />
      <label htmlFor={`${id}-list`} className="block text-sm">
        {t("pasteLabel")}
      </label>
      <textarea
        id={`${id}-list`}
        name="list"
        rows={5}
        aria-describedby={`${id}-hint`}
        placeholder={"2017-07-11,Naadam\n2017-07-12,Naadam"}
        className={`${inputClass} font-mono`}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t("pasteHint")}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("adding") : t("addList")}
      </button>
      <AddedStatus state={state} testId="paste-holidays-status" />
    </form>
  );
}

export function RemoveHolidayButton({ missionId, day, name }: { missionId: string; day: string; name: string }) {
  const t = useTranslations("workingHours");
  const errorText = useErrorText();
  const [state, dispatch, pending] = useActionState<ActionResult<"removed"> | null, FormData>(removeHolidayAction, null);
  const remove = () => {
    const data = new FormData();
    data.set("missionId", missionId);
    data.set("day", day);
    startTransition(() => dispatch(data));
  };
  return (
    <>
      <button type="button" onClick={remove} disabled={pending} className="text-xs text-rose-700 hover:underline dark:text-rose-300" aria-label={t("removeLabel", { name, day })}>
        {pending ? "…" : t("remove")}
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-xs text-rose-700">
          {errorText(state.error)}
        </span>
      )}
    </>
  );
}
