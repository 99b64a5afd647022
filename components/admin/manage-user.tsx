"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "@/app/admin/users/actions";
import { ROLES } from "@/lib/auth/permissions";
import type { MissionOption } from "@/lib/data/users";
import { buttonClass, FieldError, FormStatus, inputClass, secondaryButtonClass, useAdminForm } from "./admin-form";

export interface ManagedUser {
  id: string;
  name: string;
  role: string;
  missionId: string | null;
  isActive: boolean;
}

/** The per-user forms, behind a disclosure in the user's row. */
export function ManageUser({ user, missions, isSelf }: { user: ManagedUser; missions: MissionOption[]; isSelf: boolean }) {
  const t = useTranslations("admin");
  return (
    <details className="group" data-testid="manage-user">
      <summary className="cursor-pointer text-sm text-accent hover:underline" aria-label={t("users.manageUser", { name: user.name })}>
        {t("users.manage")}
      </summary>
      <div className="mt-2 w-72 space-y-4 sm:w-80">
        <EditUserForm user={user} missions={missions} />
        {!isSelf && <ActiveForm user={user} />}
        <ResetPasswordForm user={user} />
      </div>
    </details>
  );
}

function EditUserForm({ user, missions }: { user: ManagedUser; missions: MissionOption[] }) {
  const t = useTranslations("admin.form");
  const roleName = useTranslations("auth.role");
  const { state, pending, onSubmit, field, fieldErrors, baseId } = useAdminForm(updateUserAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">{t("editHeading")}</h3>
      <input type="hidden" name="id" value={user.id} />
      <div className="text-sm">
        <label htmlFor={`${baseId}-name`} className="mb-1 block text-xs font-medium">{t("name")}</label>
        <input {...field("name")} type="text" defaultValue={user.name} maxLength={120} className={inputClass} />
        <FieldError baseId={baseId} name="name" errors={fieldErrors} />
      </div>
      <div className="text-sm">
        <label htmlFor={`${baseId}-role`} className="mb-1 block text-xs font-medium">{t("role")}</label>
        <select {...field("role")} defaultValue={user.role} className={inputClass}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleName(role)}
            </option>
          ))}
        </select>
        <FieldError baseId={baseId} name="role" errors={fieldErrors} />
      </div>
      <div className="text-sm">
        <label htmlFor={`${baseId}-missionId`} className="mb-1 block text-xs font-medium">{t("mission")}</label>
        <select {...field("missionId", { hint: true })} defaultValue={user.missionId ?? ""} className={inputClass}>
          <option value="">{t("noMission")}</option>
          {missions.map((mission) => (
            <option key={mission.id} value={mission.id}>
              {mission.name}
            </option>
          ))}
        </select>
        <p id={`${baseId}-missionId-hint`} className="mt-1 text-xs text-muted">{t("missionHint")}</p>
        <FieldError baseId={baseId} name="missionId" errors={fieldErrors} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} fieldNames={["name", "role", "missionId"]} />
      </div>
    </form>
  );
}

function ActiveForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("admin.form");
  const { state, pending, onSubmit, baseId } = useAdminForm(setUserActiveAction);
  return (
    <form onSubmit={onSubmit} aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">{t("accessHeading")}</h3>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
      {user.isActive && <p className="text-xs text-muted">{t("deactivateHint")}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {user.isActive ? t("deactivate") : t("reactivate")}
        </button>
        <FormStatus state={state} fieldNames={[]} />
      </div>
    </form>
  );
}

function ResetPasswordForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("admin.form");
  const { state, pending, onSubmit, formRef, field, fieldErrors, baseId } = useAdminForm(resetPasswordAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">{t("resetHeading")}</h3>
      <input type="hidden" name="id" value={user.id} />
      <div className="text-sm">
        <label htmlFor={`${baseId}-password`} className="mb-1 block text-xs font-medium">{t("newPassword")}</label>
        <input {...field("password", { hint: true })} type="password" autoComplete="new-password" minLength={12} className={inputClass} />
        <p id={`${baseId}-password-hint`} className="mt-1 text-xs text-muted">{t("passwordHint")}</p>
        <FieldError baseId={baseId} name="password" errors={fieldErrors} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? t("resetting") : t("reset")}
        </button>
        <FormStatus state={state} fieldNames={["password"]} />
      </div>
    </form>
  );
}
