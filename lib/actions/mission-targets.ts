"use server";

// Server actions for a mission's engagement target and staff time (components/scorecard/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { MissionTargetError, recordStaffTime, setEngagementTarget } from "../data/mission-targets";
import { recordStaffTimeSchema, setEngagementTargetSchema } from "../validations/mission-targets";

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MissionTargetError) throw new ActionError(error.code === "forbidden" ? "not_found" : error.code);
    throw error;
  }
}

export const setEngagementTargetAction = protectedAction("edit:mission-settings", setEngagementTargetSchema, async (viewer, input) => {
  const result = await run(() => setEngagementTarget(viewer, input));
  revalidatePath("/missions/[id]", "page");
  return result;
});

export const recordStaffTimeAction = protectedAction("record:staff-time", recordStaffTimeSchema, async (viewer, input) => {
  const result = await run(() => recordStaffTime(viewer, input));
  revalidatePath("/missions/[id]", "page");
  revalidatePath("/summaries", "layout");
  return result;
});
