"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Shown after a file naming another account than the chosen one was refused:
 * the upload runs again only once the user confirms the file is this account's.
 * Its button submits the upload form it sits in.
 */
export function ConfirmOtherAccount({
  checked,
  onChange,
  canStart,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  canStart: boolean;
}) {
  const t = useTranslations("imports.upload");
  return (
    <div className="space-y-2 rounded border border-amber-400 p-3 text-sm" data-testid="import-confirm-other">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="mt-1"
        />
        <span>{t("confirmOtherAccount")}</span>
      </label>
      <Button type="submit" disabled={!checked || !canStart} data-testid="import-confirm-start">
        {t("importConfirmed")}
      </Button>
    </div>
  );
}
