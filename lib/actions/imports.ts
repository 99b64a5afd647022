"use server";

// Server actions of the import screen (components/imports/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { createAccountForImport } from "../data/imports";
import { createAccountSchema } from "../validations/imports";

/** A new account to import posts for; answers with its id so the screen can select it. */
export const createAccountAction = protectedAction("import:data", createAccountSchema, async (viewer, input) => {
  const account = await createAccountForImport(viewer, input);
  revalidatePath("/imports");
  return account;
});
