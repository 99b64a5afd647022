"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createAccountAction } from "@/lib/actions/imports";
import type { ImportAccountOption } from "@/lib/data/imports";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** Creates the account a file is imported into; once created it is offered, chosen, in the account list. */
export function NewAccountForm({
  missions,
  platforms,
  onCreated,
  onCancel,
}: {
  missions: { id: string; name: string }[];
  platforms: readonly string[];
  onCreated: (account: ImportAccountOption) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("imports.newAccount");
  const errorText = useTranslations("imports.errors");
  const text = (code: string) => (errorText.has(code) ? errorText(code) : errorText("unexpected"));
  const [submitted, setSubmitted] = useState<ImportAccountOption | null>(null);
  const form = useActionForm(createAccountAction, { errorText: text });
  const { state, pending, baseId } = form;
  useEffect(() => {
    if (state?.ok && submitted) onCreated({ ...submitted, id: state.data.id });
    // Only a new result should create the option, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const missionName = missions.find((m) => m.id === formData.get("missionId"))?.name ?? "";
    setSubmitted({
      id: "",
      platform: String(formData.get("platform")),
      handle: String(formData.get("handle")).trim().replace(/^@/, ""),
      ownerType: String(formData.get("ownerType") ?? "institutional"),
      missionName,
    });
    form.submit(formData);
  };
  const general = state && !state.ok && !form.hasFieldErrors ? text(state.error) : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded border border-dashed border-border p-3"
      aria-labelledby={`${baseId}-heading`}
      data-testid="new-account-form"
    >
      <h3 id={`${baseId}-heading`} className="font-medium">
        {t("heading")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field {...form.field("missionId")} label={t("mission")}>
          {(control) => (
            <Select {...control} defaultValue="">
              <option value="">{t("chooseMission")}</option>
              {missions.map((mission) => (
                <option key={mission.id} value={mission.id}>
                  {mission.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field {...form.field("platform")} label={t("platform")}>
          {(control) => (
            <Select {...control} defaultValue="x">
              {platforms.map((platform) => (
                <option key={platform} value={platform}>
                  {platform}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field {...form.field("handle")} label={t("handle")} description={t("handleHint")}>
          {(control) => <Input {...control} type="text" autoComplete="off" />}
        </Field>
        <Field {...form.field("displayName")} label={t("displayName")}>
          {(control) => <Input {...control} type="text" autoComplete="off" />}
        </Field>
        <Field {...form.field("url")} label={t("url")} className="text-sm sm:col-span-2">
          {(control) => <Input {...control} type="url" autoComplete="off" />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        {general && (
          <FormMessage tone="error" className="text-sm">
            {general}
          </FormMessage>
        )}
      </div>
    </form>
  );
}
