"use server";

// Server actions for a mission's engagement target and staff time (components/scorecard/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { recordStaffTime, setEngagementTarget } from "../data/mission-targets";
import { recordStaffTimeSchema, setEngagementTargetSchema } from "../validations/mission-targets";

export const setEngagementTargetAction = protectedAction(
  "edit:mission-settings",
  setEngagementTargetSchema,
  async (viewer, input) => {
    const result = await setEngagementTarget(viewer, input);
    revalidatePath("/missions/[id]", "page");
    return result;
  },
);

export const recordStaffTimeAction = protectedAction(
  "record:staff-time",
  recordStaffTimeSchema,
  async (viewer, input) => {
    const result = await recordStaffTime(viewer, input);
    revalidatePath("/missions/[id]", "page");
    revalidatePath("/summaries", "layout");
    return result;
  },
);
