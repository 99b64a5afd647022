"use client";

import { useTranslations } from "next-intl";
import { recordStaffTimeAction, setEngagementTargetAction } from "@/lib/actions/mission-targets";
import type { EngagementTarget } from "@/lib/metrics/engagement-target";
import { ENGAGEMENT_TARGETS } from "@/lib/validations/domain";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, messageTone } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

function useErrorText() {
  const t = useTranslations("missionTargets.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

/** HQ's choice of the engagement a mission is judged against. */
export function EngagementTargetForm({ missionId, current }: { missionId: string; current: EngagementTarget }) {
  const t = useTranslations("missionTargets");
  const errorText = useErrorText();
  const { state, pending, onSubmit, idOf } = useActionForm(setEngagementTargetAction);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 flex flex-wrap items-end gap-2"
      data-testid="engagement-target-form"
    >
      <input type="hidden" name="missionId" value={missionId} />
      <Field id={idOf("target")} name="target" label={t("setTarget")}>
        {(control) => (
          <Select {...control} defaultValue={current}>
            {ENGAGEMENT_TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`target.${target}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
      <span role="status" className="text-xs" data-testid="engagement-target-status">
        {state?.ok ? t("saved") : state ? <span className={messageTone("error")}>{errorText(state.error)}</span> : null}
      </span>
    </form>
  );
}

/** Staff hours for one quarter, recorded by HQ or by the mission itself. */
export function StaffTimeForm({
  missionId,
  quarters,
}: {
  missionId: string;
  quarters: { id: string; label: string; hours: number | null }[];
}) {
  const t = useTranslations("missionTargets");
  const errorText = useErrorText();
  const form = useActionForm(recordStaffTimeAction, { errorText });
  const { state, pending } = form;
  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      className="mt-3 flex flex-wrap items-start gap-3"
      data-testid="staff-time-form"
    >
      <input type="hidden" name="missionId" value={missionId} />
      <Field {...form.field("quarter")} label={t("quarter")}>
        {(control) => (
          <Select {...control} defaultValue={quarters[0]?.id}>
            {quarters.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field {...form.field("hours")} label={t("hours")} className="w-32 text-sm">
        {(control) => <Input {...control} inputMode="decimal" />}
      </Field>
      <Field {...form.field("note")} label={t("note")} className="min-w-48 flex-1 text-sm">
        {(control) => <Input {...control} maxLength={500} />}
      </Field>
      <div className="self-end">
        <Button type="submit" disabled={pending}>
          {t("record")}
        </Button>
      </div>
      <span role="status" className="w-full text-xs" data-testid="staff-time-status">
        {state?.ok ? (
          t("recorded")
        ) : state && !form.hasFieldErrors ? (
          <span className={messageTone("error")}>{errorText(state.error)}</span>
        ) : null}
      </span>
    </form>
  );
}
