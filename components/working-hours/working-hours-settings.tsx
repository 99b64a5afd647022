"use client";

import { useTranslations } from "next-intl";
import { addHolidaysAction, removeHolidayAction, saveWorkingHoursAction } from "@/lib/actions/working-hours";
import type { ActionResult } from "@/lib/auth/protected-action";
import { formatMinuteOfDay } from "@/lib/metrics/working-hours";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, messageTone } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function useErrorText() {
  const t = useTranslations("workingHours");
  return (code: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.unexpected") : t("errors.unexpected");
}

/** Field errors as sentences; "line-N" errors name their line. */
function ErrorList<T>({ state, testId }: { state: ActionResult<T> | null; testId: string }) {
  const t = useTranslations("workingHours");
  const errorText = useErrorText();
  if (!state || state.ok) return null;
  const entries = Object.entries(state.fieldErrors ?? {}).sort(([a], [b]) => lineOf(a) - lineOf(b));
  return (
    <div role="alert" className={`text-sm ${messageTone("error")}`} data-testid={testId}>
      {entries.length === 0 ? (
        <p>{errorText(state.error)}</p>
      ) : (
        <ul className="list-inside list-disc">
          {entries.flatMap(([field, codes]) =>
            codes.map((code) => (
              <li key={`${field}-${code}`}>
                {field.startsWith("line-")
                  ? t("lineError", { line: lineOf(field), message: errorText(code) })
                  : errorText(code)}
              </li>
            )),
          )}
        </ul>
      )}
      {state.error === "conflict" || entries.some(([field]) => field.startsWith("line-")) ? (
        <p>{t("pasteHint")}</p>
      ) : null}
    </div>
  );
}

function lineOf(field: string): number {
  return field.startsWith("line-") ? Number(field.slice(5)) : 0;
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
  const {
    state,
    pending,
    formRef,
    onSubmit,
    baseId: id,
    idOf,
    fieldErrors: errors,
  } = useActionForm(saveWorkingHoursAction);
  // One hint describes both times; the refusals are listed under the form.
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="working-hours-form">
      <input type="hidden" name="missionId" value={missionId} />
      <div className="flex flex-wrap gap-4">
        <Field
          id={idOf("workdayStart")}
          name="workdayStart"
          label={t("workdayStart")}
          describedBy={`${id}-hint`}
          labelClassName="mb-1 block"
        >
          {(control) => (
            <Input
              {...control}
              type="time"
              step={900}
              defaultValue={formatMinuteOfDay(workdayStartMinute)}
              aria-invalid={errors.workdayStart ? true : undefined}
            />
          )}
        </Field>
        <Field
          id={idOf("workdayEnd")}
          name="workdayEnd"
          label={t("workdayEnd")}
          describedBy={`${id}-hint`}
          labelClassName="mb-1 block"
        >
          {(control) => (
            <Input
              {...control}
              type="time"
              step={900}
              defaultValue={workdayEndMinute >= 1440 ? "23:45" : formatMinuteOfDay(workdayEndMinute)}
              aria-invalid={errors.workdayEnd ? true : undefined}
            />
          )}
        </Field>
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
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      {state?.ok ? (
        <FormMessage tone="success" className="text-sm" data-testid="working-hours-status">
          {t("saved")}
        </FormMessage>
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
      <FormMessage tone="success" className="text-sm" data-testid={testId}>
        {t("added", { count: state.data.added })}
      </FormMessage>
    );
  return <ErrorList state={state} testId={testId} />;
}

export function AddHolidayForm({ missionId }: { missionId: string }) {
  const t = useTranslations("workingHours");
  const { state, pending, formRef, onSubmit, idOf } = useActionForm(addHolidaysAction, { resetOnSuccess: true });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3"
      data-testid="add-holiday-form"
    >
      <input type="hidden" name="missionId" value={missionId} />
      <Field id={idOf("day")} name="day" label={t("holidayDay")} labelClassName="mb-1 block">
        {(control) => <Input {...control} type="date" />}
      </Field>
      <Field
        id={idOf("name")}
        name="name"
        label={t("holidayName")}
        className="min-w-48 flex-1 text-sm"
        labelClassName="mb-1 block"
      >
        {(control) => <Input {...control} type="text" maxLength={100} autoComplete="off" />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : t("addHoliday")}
      </Button>
      <div className="w-full">
        <AddedStatus state={state} testId="add-holiday-status" />
      </div>
    </form>
  );
}

export function PasteHolidaysForm({ missionId }: { missionId: string }) {
  const t = useTranslations("workingHours");
  const { state, pending, formRef, onSubmit, baseId: id } = useActionForm(addHolidaysAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-2" data-testid="paste-holidays-form">
      <input type="hidden" name="missionId" value={missionId} />
      <label htmlFor={`${id}-list`} className="block text-sm">
        {t("pasteLabel")}
      </label>
      <Textarea
        id={`${id}-list`}
        name="list"
        rows={5}
        aria-describedby={`${id}-hint`}
        placeholder={"2017-07-11,Naadam\n2017-07-12,Naadam"}
        className="font-mono"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t("pasteHint")}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : t("addList")}
      </Button>
      <AddedStatus state={state} testId="paste-holidays-status" />
    </form>
  );
}

export function RemoveHolidayButton({ missionId, day, name }: { missionId: string; day: string; name: string }) {
  const t = useTranslations("workingHours");
  const errorText = useErrorText();
  const { state, pending, submit } = useActionForm(removeHolidayAction);
  return (
    <>
      <Button
        variant="dangerLink"
        onClick={() => submit({ missionId, day })}
        disabled={pending}
        className="text-xs"
        aria-label={t("removeLabel", { name, day })}
      >
        {pending ? "…" : t("remove")}
      </Button>
      {state && !state.ok && (
        <span role="alert" className={`ml-2 text-xs ${messageTone("error")}`}>
          {errorText(state.error)}
        </span>
      )}
    </>
  );
}
