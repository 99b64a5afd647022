"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
import { endUserSessionsAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/permissions";
import type { MissionOption } from "@/lib/data/users";
import { buttonClass, FieldError, MissionSelect, FormStatus, inputClass, secondaryButtonClass, useAdminForm } from "./admin-form";

export interface ManagedUser {
  id: string;
  name: string;
  role: string;
  missionId: string | null;
  isActive: boolean;
}

/**
 * One user's row in the table, with a Manage button that opens the user's
 * forms in a full-width row below it (the forms stay mounted while closed, so
 * their last message survives).
 */
export function UserRow({
  user,
  email,
  missions,
  isSelf,
  columns,
  children,
}: {
  user: ManagedUser;
  email: string;
  missions: MissionOption[];
  isSelf: boolean;
  columns: number;
  children: ReactNode;
}) {
  const t = useTranslations("admin");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <tr data-testid="user-row" data-email={email}>
        {children}
        <Td>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={t("users.manageUser", { name: user.name })}
            onClick={() => setOpen((value) => !value)}
            className="whitespace-nowrap text-sm text-accent hover:underline"
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span> {t("users.manage")}
          </button>
        </Td>
      </tr>
      <tr id={panelId} hidden={!open} data-testid="manage-user" data-email={email}>
        <td colSpan={columns} className="border-b border-border bg-background px-3 py-4">
          <div className="grid max-w-5xl gap-6 md:grid-cols-2 xl:grid-cols-4">
            <EditUserForm user={user} missions={missions} />
            {isSelf ? <p className="text-xs text-muted">{t("users.selfHint")}</p> : <ActiveForm user={user} />}
            <EndSessionsForm user={user} />
            <ResetPasswordForm user={user} />
          </div>
        </td>
      </tr>
    </>
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
        <MissionSelect form={{ field, fieldErrors, baseId }} missions={missions} defaultValue={user.missionId ?? ""} labelClassName="mb-1 block text-xs font-medium" />
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

function EndSessionsForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("admin.form");
  const { state, pending, onSubmit, baseId } = useAdminForm(endUserSessionsAction);
  return (
    <form onSubmit={onSubmit} aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">{t("sessionsHeading")}</h3>
      <input type="hidden" name="id" value={user.id} />
      <p className="text-xs text-muted">{t("endSessionsHint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? t("endingSessions") : t("endSessions")}
        </button>
        <FormStatus state={state} fieldNames={[]} testId="end-sessions-status" />
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
