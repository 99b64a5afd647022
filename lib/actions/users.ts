"use server";

// Server actions for user management, called from the admin forms (components/admin/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { createUser, endUserSessions, resetPassword, setUserActive, updateUser, UserAdminError } from "../data/users";
import {
  createUserFormSchema,
  endUserSessionsFormSchema,
  resetPasswordFormSchema,
  setUserActiveFormSchema,
  updateUserFormSchema,
} from "../validations/users";

/** The data layer's refusals as action refusals; the permission was checked already by protectedAction. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserAdminError) {
      throw new ActionError(error.code === "forbidden" ? "not_found" : error.code, error.fieldErrors);
    }
    throw error;
  }
}

/** Each action answers with the key of its success message in the "admin.success" catalog. */
export const createUserAction = protectedAction("manage:users", createUserFormSchema, async (viewer, input) => {
  await run(() => createUser(viewer, input));
  revalidatePath("/admin/users");
  return "created" as const;
});

export const updateUserAction = protectedAction("manage:users", updateUserFormSchema, async (viewer, { id, ...input }) => {
  const { changed } = await run(() => updateUser(viewer, id, input));
  revalidatePath("/admin/users");
  return changed ? ("updated" as const) : ("unchanged" as const);
});

export const setUserActiveAction = protectedAction("manage:users", setUserActiveFormSchema, async (viewer, { id, active }) => {
  await run(() => setUserActive(viewer, id, active));
  revalidatePath("/admin/users");
  return active ? ("reactivated" as const) : ("deactivated" as const);
});

export const resetPasswordAction = protectedAction("manage:users", resetPasswordFormSchema, async (viewer, { id, password }) => {
  await run(() => resetPassword(viewer, id, password));
  revalidatePath("/admin/users");
  return "passwordReset" as const;
});

export const endUserSessionsAction = protectedAction("manage:users", endUserSessionsFormSchema, async (viewer, { id }) => {
  await run(() => endUserSessions(viewer, id));
  revalidatePath("/admin/users");
  return "sessionsEnded" as const;
});
