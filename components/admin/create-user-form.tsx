"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/permissions";
import type { MissionOption } from "@/lib/data/users";
import { buttonClass, FieldError, MissionSelect, FormStatus, inputClass, useAdminForm } from "./admin-form";

const FIELDS = ["name", "email", "role", "missionId", "password"];

export function CreateUserForm({ missions }: { missions: MissionOption[] }) {
  const t = useTranslations("admin.form");
  const roleName = useTranslations("auth.role");
  const { state, pending, onSubmit, formRef, field, fieldErrors, baseId } = useAdminForm(createUserAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-heading`} className="space-y-3 rounded-lg border border-border bg-card p-4" data-testid="create-user-form">
      <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
        {t("createHeading")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className="text-sm">
          <label htmlFor={`${baseId}-name`} className="mb-1 block font-medium">{t("name")}</label>
          <input {...field("name")} type="text" autoComplete="off" required maxLength={120} className={inputClass} />
          <FieldError baseId={baseId} name="name" errors={fieldErrors} />
        </div>
        <div className="text-sm">
          <label htmlFor={`${baseId}-email`} className="mb-1 block font-medium">{t("email")}</label>
          <input {...field("email")} type="email" autoComplete="off" required className={inputClass} />
          <FieldError baseId={baseId} name="email" errors={fieldErrors} />
        </div>
        <div className="text-sm">
          <label htmlFor={`${baseId}-role`} className="mb-1 block font-medium">{t("role")}</label>
          <select {...field("role")} defaultValue="analyst" className={inputClass}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
          <FieldError baseId={baseId} name="role" errors={fieldErrors} />
        </div>
        <div className="text-sm">
          <MissionSelect form={{ field, fieldErrors, baseId }} missions={missions} defaultValue="" labelClassName="mb-1 block font-medium" />
        </div>
        <div className="text-sm sm:col-span-2 lg:col-span-2">
          <label htmlFor={`${baseId}-password`} className="mb-1 block font-medium">{t("password")}</label>
          <input {...field("password", { hint: true })} type="password" autoComplete="new-password" required minLength={12} className={inputClass} />
          <p id={`${baseId}-password-hint`} className="mt-1 text-xs text-muted">{t("passwordHint")}</p>
          <FieldError baseId={baseId} name="password" errors={fieldErrors} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("creating") : t("create")}
        </button>
        <FormStatus state={state} fieldNames={FIELDS} testId="create-user-status" />
      </div>
    </form>
  );
}
