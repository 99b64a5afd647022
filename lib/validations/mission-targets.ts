import { z } from "zod";
import { engagementTargetSchema } from "./domain";
import { quarterIdSchema } from "./reviews";

/** Error messages are catalog keys under "missionTargets.errors". */
export const setEngagementTargetSchema = z.object({
  missionId: z.string().trim().min(1, "missionRequired").max(64),
  target: engagementTargetSchema,
});
export type SetEngagementTargetInput = z.infer<typeof setEngagementTargetSchema>;

/** More than a full-time team of 20 for a whole quarter is a typing mistake, not a figure. */
export const MAX_STAFF_HOURS_PER_QUARTER = 20 * 40 * 14;

export const recordStaffTimeSchema = z.object({
  missionId: z.string().trim().min(1, "missionRequired").max(64),
  quarter: quarterIdSchema,
  hours: z
    .string()
    .trim()
    .regex(/^\d{1,5}([.,]\d{1,2})?$/, "hoursInvalid")
    .transform((value) => Number(value.replace(",", ".")))
    .refine((hours) => hours > 0, "hoursInvalid")
    .refine((hours) => hours <= MAX_STAFF_HOURS_PER_QUARTER, "hoursTooMany"),
  note: z.string().trim().max(500, "noteTooLong").optional().default(""),
});
export type RecordStaffTimeInput = z.infer<typeof recordStaffTimeSchema>;
