"use server";

// Server action for HQ's target mix of presence formats (components/platforms/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { setTargetFormats } from "../data/platform-mix";
import { setTargetFormatsSchema } from "../validations/platform-mix";

export const setTargetFormatsAction = protectedAction(
  "edit:mission-settings",
  setTargetFormatsSchema,
  async (viewer, formats) => {
    const saved = await setTargetFormats(viewer, formats);
    revalidatePath("/platforms");
    return saved;
  },
);
