"use server";

// Server actions for a mission's working hours, weekend days and public holidays (components/working-hours/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { addMissionHolidays, removeMissionHoliday, saveWorkingHoursSettings } from "../data/working-hours";
import { addHolidaysSchema, removeHolidaySchema, workingHoursSettingsSchema } from "../validations/working-hours";

export const saveWorkingHoursAction = protectedAction(
  "edit:mission-settings",
  workingHoursSettingsSchema,
  async (viewer, input) => {
    await saveWorkingHoursSettings(viewer, input);
    revalidatePath("/working-hours", "layout");
    return "saved" as const;
  },
);

/** Answers with the number of holidays added (all of the list, or none). */
export const addHolidaysAction = protectedAction("edit:mission-settings", addHolidaysSchema, async (viewer, input) => {
  const added = await addMissionHolidays(viewer, input);
  revalidatePath("/working-hours", "layout");
  return { added };
});

export const removeHolidayAction = protectedAction(
  "edit:mission-settings",
  removeHolidaySchema,
  async (viewer, input) => {
    await removeMissionHoliday(viewer, input.missionId, input.day);
    revalidatePath("/working-hours", "layout");
    return "removed" as const;
  },
);
