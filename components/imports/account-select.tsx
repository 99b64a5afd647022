"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { ImportAccountOption } from "@/lib/data/imports";
import { FieldDescription } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** The option that opens the new-account form instead of choosing an account. */
export const NEW_ACCOUNT = "__new__";

/** The account a file is imported into, grouped by mission; the last option creates one. */
export function AccountSelect({
  options,
  value,
  onChange,
  disabled,
}: {
  options: ImportAccountOption[];
  value: string;
  onChange: (accountId: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("imports.upload");
  const id = useId();
  const missionNames = [...new Set(options.map((account) => account.missionName))].sort((a, b) => a.localeCompare(b));
  return (
    <div className="max-w-xl text-sm">
      <label htmlFor={`${id}-account`} className="mb-1 block font-medium">
        {t("account")}
      </label>
      <Select
        id={`${id}-account`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        aria-describedby={`${id}-account-hint`}
        data-testid="import-account"
      >
        <option value="">{t("noAccount")}</option>
        {missionNames.map((mission) => (
          <optgroup key={mission} label={mission}>
            {options
              .filter((account) => account.missionName === mission)
              .map((account) => (
                <option key={account.id} value={account.id}>
                  {account.platform} · {account.handle}
                  {account.ownerType === "individual" ? ` · ${t("personalAccount")}` : ""}
                </option>
              ))}
          </optgroup>
        ))}
        <option value={NEW_ACCOUNT}>{t("newAccount")}</option>
      </Select>
      <FieldDescription id={`${id}-account-hint`}>{t("accountHint")}</FieldDescription>
    </div>
  );
}
