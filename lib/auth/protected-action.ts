import "server-only";
import { z } from "zod";
import { getCurrentViewer } from "./viewer";
import { can, type Permission, type Viewer } from "./permissions";
import { recordAccessRefused } from "./refusals";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict"; fieldErrors?: Record<string, string[]> };

/** A refusal a handler raises on purpose; anything else is a bug and is thrown on. */
export class ActionError extends Error {
  constructor(
    readonly code: "not_found" | "conflict" | "invalid",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(code);
  }
}

/**
 * Every server action goes through here: it resolves the session itself
 * (never trusting middleware), checks the permission, validates the form
 * with zod and only then runs the handler. Use with useActionState. A
 * signed-in viewer refused for the permission leaves an audit entry.
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
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        (fieldErrors[field] ??= []).push(issue.message);
      }
      return { ok: false, error: "invalid", fieldErrors };
    }
    try {
      return { ok: true, data: await handler(viewer, parsed.data) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
      throw error;
    }
  };
}
