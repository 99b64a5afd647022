"use server";

// The administrators' metric settings (components/admin/settings-form.tsx).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { saveMetricSettings } from "../data/settings";
import { metricSettingsFormSchema } from "../validations/settings";

export const saveMetricSettingsAction = protectedAction(
  "manage:settings",
  metricSettingsFormSchema,
  async (viewer, settings) => {
    const result = await saveMetricSettings(viewer, settings);
    // Every screen's figures follow from the settings: none may be served from Next's cache of the old ones.
    if (result.changed > 0) revalidatePath("/", "layout");
    return result;
  },
);
