"use server";

// Server actions of the import screen (components/imports/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { createAccountForImport, ImportAccessError } from "../data/imports";
import { createAccountSchema } from "../validations/imports";

/** A new account to import posts for; answers with its id so the screen can select it. */
export const createAccountAction = protectedAction("import:data", createAccountSchema, async (viewer, input) => {
  try {
    const account = await createAccountForImport(viewer, input);
    revalidatePath("/imports");
    return account;
  } catch (error) {
    if (error instanceof ImportAccessError) {
      if (error.code === "conflict") throw new ActionError("conflict", { handle: ["handleTaken"] });
      if (error.code === "not_found") throw new ActionError("not_found", { missionId: ["missionUnknown"] });
    }
    throw error;
  }
});
