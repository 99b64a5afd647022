"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { setTargetFormatsAction } from "@/lib/actions/platform-mix";
import type { ActionResult } from "@/lib/auth/protected-action";
import { PRESENCE_FORMATS, type PresenceFormat } from "@/lib/metrics/platform-mix";
import { buttonClass } from "@/components/admin/admin-form";

/** HQ's target mix: the formats every mission is expected to keep alive. */
export function TargetFormatsForm({ current }: { current: PresenceFormat[] }) {
  const t = useTranslations("platformMix");
  const [state, dispatch, pending] = useActionState<ActionResult<PresenceFormat[]> | null, FormData>(setTargetFormatsAction, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-2" data-testid="target-formats-form">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("targetLegend")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {PRESENCE_FORMATS.map((format) => (
            <label key={format} className="inline-flex items-center gap-1">
              <input type="checkbox" name={`format.${format}`} defaultChecked={current.includes(format)} />
              {t(`format.${format}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {t("saveTarget")}
        </button>
        <span role="status" className="text-xs" data-testid="target-formats-status">
          {state?.ok ? t("targetSaved") : state ? <span className="text-rose-700 dark:text-rose-300">{t("targetError")}</span> : null}
        </span>
      </div>
    </form>
  );
}
