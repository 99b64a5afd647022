"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/permissions";
import type { MissionOption } from "@/lib/data/users";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MissionSelect, FormStatus, useAdminForm } from "./admin-form";

const FIELDS = ["name", "email", "role", "missionId", "password"];

export function CreateUserForm({ missions }: { missions: MissionOption[] }) {
  const t = useTranslations("admin.form");
  const roleName = useTranslations("auth.role");
  const { state, pending, onSubmit, formRef, field, baseId } = useAdminForm(createUserAction, { resetOnSuccess: true });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${baseId}-heading`}
      className="space-y-3 rounded-lg border border-border bg-card p-4"
      data-testid="create-user-form"
    >
      <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
        {t("createHeading")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field {...field("name")} label={t("name")}>
          {(control) => <Input {...control} type="text" autoComplete="off" required maxLength={120} />}
        </Field>
        <Field {...field("email")} label={t("email")}>
          {(control) => <Input {...control} type="email" autoComplete="off" required />}
        </Field>
        <Field {...field("role")} label={t("role")}>
          {(control) => (
            <Select {...control} defaultValue="analyst">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <MissionSelect form={{ field }} missions={missions} defaultValue="" labelClassName="mb-1 block font-medium" />
        <Field
          {...field("password")}
          label={t("password")}
          description={t("passwordHint")}
          className="text-sm sm:col-span-2 lg:col-span-2"
        >
          {(control) => <Input {...control} type="password" autoComplete="new-password" required minLength={12} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <FormStatus state={state} fieldNames={FIELDS} testId="create-user-status" />
      </div>
    </form>
  );
}
