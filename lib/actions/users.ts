"use server";

// Server actions for user management, called from the admin forms (components/admin/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { createUser, endUserSessions, resetPassword, setUserActive, updateUser } from "../data/users";
import {
  createUserFormSchema,
  endUserSessionsFormSchema,
  resetPasswordFormSchema,
  setUserActiveFormSchema,
  updateUserFormSchema,
} from "../validations/users";

/** Each action answers with the key of its success message in the "admin.success" catalog. */
export const createUserAction = protectedAction("manage:users", createUserFormSchema, async (viewer, input) => {
  await createUser(viewer, input);
  revalidatePath("/admin/users");
  return "created" as const;
});

export const updateUserAction = protectedAction(
  "manage:users",
  updateUserFormSchema,
  async (viewer, { id, ...input }) => {
    const { changed } = await updateUser(viewer, id, input);
    revalidatePath("/admin/users");
    return changed ? ("updated" as const) : ("unchanged" as const);
  },
);

export const setUserActiveAction = protectedAction(
  "manage:users",
  setUserActiveFormSchema,
  async (viewer, { id, active }) => {
    await setUserActive(viewer, id, active);
    revalidatePath("/admin/users");
    return active ? ("reactivated" as const) : ("deactivated" as const);
  },
);

export const resetPasswordAction = protectedAction(
  "manage:users",
  resetPasswordFormSchema,
  async (viewer, { id, password }) => {
    await resetPassword(viewer, id, password);
    revalidatePath("/admin/users");
    return "passwordReset" as const;
  },
);

export const endUserSessionsAction = protectedAction(
  "manage:users",
  endUserSessionsFormSchema,
  async (viewer, { id }) => {
    await endUserSessions(viewer, id);
    revalidatePath("/admin/users");
    return "sessionsEnded" as const;
  },
);
