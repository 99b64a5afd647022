"use server";

// Server action for HQ's target mix of presence formats (components/platforms/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { PlatformMixError, setTargetFormats } from "../data/platform-mix";
import { setTargetFormatsSchema } from "../validations/platform-mix";

export const setTargetFormatsAction = protectedAction("edit:mission-settings", setTargetFormatsSchema, async (viewer, formats) => {
  try {
    const saved = await setTargetFormats(viewer, formats);
    revalidatePath("/platforms");
    return saved;
  } catch (error) {
    if (error instanceof PlatformMixError) throw new ActionError("not_found");
    throw error;
  }
});
