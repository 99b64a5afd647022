import { z } from "zod";
import { parseIsoDay } from "../metrics/dates";
import { parseQuarter } from "../metrics/quarters";

/** Error messages are catalog keys under "reviews.errors". */
export const quarterIdSchema = z
  .string()
  .trim()
  .refine((value) => parseQuarter(value) !== null, "quarterInvalid");

export const REVIEW_ACTION_STATUSES = ["open", "done", "dropped"] as const;
export type ReviewActionStatus = (typeof REVIEW_ACTION_STATUSES)[number];

export const MAX_REVIEW_ACTIONS = 20;

export const addReviewSchema = z.object({
  missionId: z.string().trim().min(1, "missionRequired").max(64),
  quarter: quarterIdSchema,
  reviewedOn: z
    .string()
    .trim()
    .refine((value) => parseIsoDay(value) !== null, "dateInvalid")
    .transform((value) => parseIsoDay(value)!),
  note: z.string().trim().min(1, "noteRequired").max(5000, "noteTooLong"),
  /** One agreed action per line; empty lines are ignored. */
  actions: z
    .string()
    .max(20_000, "actionsTooLong")
    .optional()
    .default("")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/^[-*•]\s*/, ""))
        .filter((line) => line !== ""),
    )
    .refine((lines) => lines.length <= MAX_REVIEW_ACTIONS, "tooManyActions")
    .refine((lines) => lines.every((line) => line.length <= 500), "actionTooLong"),
});
export type AddReviewInput = z.infer<typeof addReviewSchema>;

export const setActionStatusSchema = z.object({
  actionId: z.string().trim().min(1).max(64),
  status: z.enum(REVIEW_ACTION_STATUSES),
});
