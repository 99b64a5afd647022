import "server-only";
import { z } from "zod";
import { AppError, fieldErrorsFrom, hideForbidden, type ErrorCode, type FieldErrors } from "../errors";
import { getCurrentViewer } from "./viewer";
import { can, type Permission, type Viewer } from "./permissions";
import { recordAccessRefused } from "./refusals";
import type { StoredImportProblem } from "../import/types";

/** The refusals a form words (each form's catalog has its texts). */
export type ActionErrorCode = Extract<
  ErrorCode,
  "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict"
>;
const ACTION_ERROR_CODES: readonly ActionErrorCode[] = [
  "unauthenticated",
  "forbidden",
  "invalid",
  "not_found",
  "conflict",
];

/** A refused file's problems travel as codes and values (each with its line and field); the form words them. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: ActionErrorCode; fieldErrors?: FieldErrors; problems?: StoredImportProblem[] };

function isActionRefusal(error: unknown): error is AppError & { code: ActionErrorCode } {
  return error instanceof AppError && (ACTION_ERROR_CODES as readonly string[]).includes(error.code);
}

/**
 * Every server action goes through here: it resolves the session itself
 * (never trusting middleware), checks the permission, validates the form
 * with zod and only then runs the handler. Use with useActionState. A
 * signed-in viewer refused for the permission leaves an audit entry.
 *
 * What the handler's data layer refuses (AppError) becomes the result the
 * form reads; a "forbidden" from there answers as not found, since the
 * permission itself was checked here and what is left is a resource the
 * viewer may not see. Anything else thrown is a bug and is thrown on.
 */
export function protectedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (viewer: Viewer, input: z.infer<S>) => Promise<T>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const viewer = await getCurrentViewer();
    if (!viewer) return { ok: false, error: "unauthenticated" };
    if (!can(viewer, permission)) {
      await recordAccessRefused(viewer, { permission });
      return { ok: false, error: "forbidden" };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
    try {
      return { ok: true, data: await handler(viewer, parsed.data) };
    } catch (error) {
      if (!isActionRefusal(error)) throw error;
      const refusal = hideForbidden(error) as AppError & { code: ActionErrorCode };
      const problems = refusal.params?.problems;
      return {
        ok: false,
        error: refusal.code,
        fieldErrors: refusal.fieldErrors,
        ...(Array.isArray(problems) ? { problems: problems as StoredImportProblem[] } : {}),
      };
    }
  };
}
