"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
import { endUserSessionsAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/permissions";
import type { MissionOption } from "@/lib/data/users";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MissionSelect, FormStatus, useAdminForm } from "./admin-form";

const SMALL_LABEL = "mb-1 block text-xs font-medium";

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
          <Button
            variant="link"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={t("users.manageUser", { name: user.name })}
            onClick={() => setOpen((value) => !value)}
            className="whitespace-nowrap text-sm"
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span> {t("users.manage")}
          </Button>
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
  const form = useAdminForm(updateUserAction);
  const { baseId, pending } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">
        {t("editHeading")}
      </h3>
      <input type="hidden" name="id" value={user.id} />
      <Field {...form.field("name")} label={t("name")} labelClassName={SMALL_LABEL}>
        {(control) => <Input {...control} type="text" defaultValue={user.name} maxLength={120} />}
      </Field>
      <Field {...form.field("role")} label={t("role")} labelClassName={SMALL_LABEL}>
        {(control) => (
          <Select {...control} defaultValue={user.role}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <MissionSelect form={form} missions={missions} defaultValue={user.missionId ?? ""} labelClassName={SMALL_LABEL} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <FormStatus state={form.state} fieldNames={["name", "role", "missionId"]} />
      </div>
    </form>
  );
}

function ActiveForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("admin.form");
  const { state, pending, onSubmit, baseId } = useAdminForm(setUserActiveAction);
  return (
    <form onSubmit={onSubmit} aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">
        {t("accessHeading")}
      </h3>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
      {user.isActive && <p className="text-xs text-muted">{t("deactivateHint")}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {user.isActive ? t("deactivate") : t("reactivate")}
        </Button>
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
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">
        {t("sessionsHeading")}
      </h3>
      <input type="hidden" name="id" value={user.id} />
      <p className="text-xs text-muted">{t("endSessionsHint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("endingSessions") : t("endSessions")}
        </Button>
        <FormStatus state={state} fieldNames={[]} testId="end-sessions-status" />
      </div>
    </form>
  );
}

function ResetPasswordForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("admin.form");
  const { state, pending, onSubmit, formRef, field, baseId } = useAdminForm(resetPasswordAction, {
    resetOnSuccess: true,
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h3 id={`${baseId}-heading`} className="text-sm font-semibold">
        {t("resetHeading")}
      </h3>
      <input type="hidden" name="id" value={user.id} />
      <Field
        {...field("password")}
        label={t("newPassword")}
        description={t("passwordHint")}
        labelClassName={SMALL_LABEL}
      >
        {(control) => <Input {...control} type="password" autoComplete="new-password" minLength={12} />}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("resetting") : t("reset")}
        </Button>
        <FormStatus state={state} fieldNames={["password"]} />
      </div>
    </form>
  );
}
