import { z } from "zod";
import { declaredUseSchema, ownerTypeSchema, platformSchema } from "./domain";
import { webUrlSchema } from "./web-url";
import { handleProblem } from "./account-handle";

/** Error messages are catalog keys under "imports.errors". */
export const createAccountSchema = z
  .object({
    missionId: z.string().trim().min(1, "missionRequired").max(64),
    platform: platformSchema,
    handle: z
      .string()
      .trim()
      .min(1, "handleRequired")
      .max(200, "handleTooLong")
      .refine((value) => !/\s/.test(value), "handleSpaces"),
    displayName: z.string().trim().max(200, "displayNameTooLong").optional().default(""),
    url: z
      .union([z.literal(""), webUrlSchema("urlInvalid")])
      .optional()
      .default(""),
    ownerType: ownerTypeSchema.default("institutional"),
    declaredUse: declaredUseSchema.default("mixed"),
  })
  .superRefine((value, context) => {
    if (handleProblem(value.platform, value.handle) === "needsHost")
      context.addIssue({ code: "custom", path: ["handle"], message: "handleNeedsHost" });
  });
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

/** Query parameters of POST /api/imports; the body is the file itself. */
export const uploadParamsSchema = z.object({
  accountId: z.string().trim().min(1).max(64).optional(),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine((name) => !/[\u0000-\u001f/\\]/.test(name), "fileName must be a plain file name"),
  /** "1" when the user confirms that a file naming another account is this account's (see lib/import/account-identity.ts). */
  confirmOtherAccount: z
    .enum(["1", "true"])
    .optional()
    .transform((value) => value !== undefined),
});

export const importRunIdSchema = z.string().trim().min(1).max(64);
