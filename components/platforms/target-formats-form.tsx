"use client";

import { useTranslations } from "next-intl";
import { setTargetFormatsAction } from "@/lib/actions/platform-mix";
import { PRESENCE_FORMATS, type PresenceFormat } from "@/lib/metrics/platform-mix";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { messageTone } from "@/components/ui/field";

/** HQ's target mix: the formats every mission is expected to keep alive. */
export function TargetFormatsForm({ current }: { current: PresenceFormat[] }) {
  const t = useTranslations("platformMix");
  const { state, pending, onSubmit } = useActionForm(setTargetFormatsAction);
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
        <Button type="submit" disabled={pending}>
          {t("saveTarget")}
        </Button>
        <span role="status" className="text-xs" data-testid="target-formats-status">
          {state?.ok ? (
            t("targetSaved")
          ) : state ? (
            <span className={messageTone("error")}>{t("targetError")}</span>
          ) : null}
        </span>
      </div>
    </form>
  );
}
