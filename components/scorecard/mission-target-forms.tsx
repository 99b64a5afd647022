"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { recordStaffTimeAction, setEngagementTargetAction } from "@/lib/actions/mission-targets";
import type { ActionResult } from "@/lib/auth/protected-action";
import type { EngagementTarget } from "@/lib/metrics/engagement-target";
import { ENGAGEMENT_TARGETS } from "@/lib/validations/domain";
import { buttonClass, inputClass } from "@/components/admin/admin-form";

function useErrorText() {
  const t = useTranslations("missionTargets.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

function submitWith(dispatch: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}

/** HQ's choice of the engagement a mission is judged against. */
export function EngagementTargetForm({ missionId, current }: { missionId: string; current: EngagementTarget }) {
  const t = useTranslations("missionTargets");
  const errorText = useErrorText();
  const baseId = useId();
  const [state, dispatch, pending] = useActionState<ActionResult<{ missionId: string }> | null, FormData>(setEngagementTargetAction, null);
  return (
    <form onSubmit={submitWith(dispatch)} noValidate className="mt-3 flex flex-wrap items-end gap-2" data-testid="engagement-target-form">
      <input type="hidden" name="missionId" value={missionId} />
      <div className="text-sm">
        <label htmlFor={`${baseId}-target`} className="mb-1 block font-medium">
          {t("setTarget")}
        </label>
        <select id={`${baseId}-target`} name="target" defaultValue={current} className={inputClass}>
          {ENGAGEMENT_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`target.${target}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("save")}
      </button>
      <span role="status" className="text-xs" data-testid="engagement-target-status">
        {state?.ok ? t("saved") : state ? <span className="text-rose-700 dark:text-rose-300">{errorText(state.error)}</span> : null}
      </span>
    </form>
  );
}

/** Staff hours for one quarter, recorded by HQ or by the mission itself. */
export function StaffTimeForm({ missionId, quarters }: { missionId: string; quarters: { id: string; label: string; hours: number | null }[] }) {
  const t = useTranslations("missionTargets");
  const errorText = useErrorText();
  const baseId = useId();
  const [state, dispatch, pending] = useActionState<ActionResult<{ missionId: string; quarter: string }> | null, FormData>(recordStaffTimeAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string) => ({
    id: `${baseId}-${name}`,
    name,
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": fieldErrors[name] ? `${baseId}-${name}-error` : undefined,
  });
  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${baseId}-${name}-error`} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
        {fieldErrors[name].map(errorText).join(" ")}
      </p>
    ) : null;
  return (
    <form onSubmit={submitWith(dispatch)} noValidate className="mt-3 flex flex-wrap items-start gap-3" data-testid="staff-time-form">
      <input type="hidden" name="missionId" value={missionId} />
      <div className="text-sm">
        <label htmlFor={`${baseId}-quarter`} className="mb-1 block font-medium">
          {t("quarter")}
        </label>
        <select {...field("quarter")} defaultValue={quarters[0]?.id} className={inputClass}>
          {quarters.map((q) => (
            <option key={q.id} value={q.id}>
              {q.label}
            </option>
          ))}
        </select>
        {error("quarter")}
      </div>
      <div className="w-32 text-sm">
        <label htmlFor={`${baseId}-hours`} className="mb-1 block font-medium">
          {t("hours")}
        </label>
        <input {...field("hours")} inputMode="decimal" className={inputClass} />
        {error("hours")}
      </div>
      <div className="min-w-48 flex-1 text-sm">
        <label htmlFor={`${baseId}-note`} className="mb-1 block font-medium">
          {t("note")}
        </label>
        <input {...field("note")} maxLength={500} className={inputClass} />
        {error("note")}
      </div>
      <div className="self-end">
        <button type="submit" disabled={pending} className={buttonClass}>
          {t("record")}
        </button>
      </div>
      <span role="status" className="w-full text-xs" data-testid="staff-time-status">
        {state?.ok ? t("recorded") : state && Object.keys(fieldErrors).length === 0 ? <span className="text-rose-700 dark:text-rose-300">{errorText(state.error)}</span> : null}
      </span>
    </form>
  );
}
