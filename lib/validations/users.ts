import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { passwordSchema } from "../auth/password";

/**
 * User-administration input, shared by the data layer and the server actions.
 * Messages are codes: forms translate them from the "admin.errors" catalog.
 */
const nameSchema = z.string().trim().min(1, { message: "name_required" }).max(120, { message: "name_too_long" });
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "email_invalid" })
  .pipe(z.email({ message: "email_invalid" }));
const roleSchema = z.enum(ROLES, { message: "role_invalid" });
// A form sends "" for "no mission".
const missionIdSchema = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : null));
export const userIdSchema = z.string().trim().min(1, { message: "not_found" }).max(64, { message: "not_found" });

/** Ambassadors belong to one mission; every other role to none. */
function missionMatchesRole(value: { role: string; missionId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "ambassador" && !value.missionId)
    ctx.addIssue({ code: "custom", path: ["missionId"], message: "mission_required" });
  if (value.role !== "ambassador" && value.missionId)
    ctx.addIssue({ code: "custom", path: ["missionId"], message: "mission_not_allowed" });
}

export const createUserSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    role: roleSchema,
    missionId: missionIdSchema,
    password: passwordSchema,
  })
  .superRefine(missionMatchesRole);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ name: nameSchema, role: roleSchema, missionId: missionIdSchema })
  .superRefine(missionMatchesRole);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const auditPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Form variants: every value arrives as a string, the target user as a hidden "id". */
export const createUserFormSchema = createUserSchema;
export const updateUserFormSchema = z
  .object({ id: userIdSchema, name: nameSchema, role: roleSchema, missionId: missionIdSchema })
  .superRefine(missionMatchesRole);
export const setUserActiveFormSchema = z.object({
  id: userIdSchema,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export const resetPasswordFormSchema = z.object({ id: userIdSchema, password: passwordSchema });
export const endUserSessionsFormSchema = z.object({ id: userIdSchema });
