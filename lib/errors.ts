import type { z } from "zod";

/**
 * The one error Chancery raises on purpose: a refusal with a code that the
 * screens word from their catalogs and that route handlers answer with the
 * status below. Anything else thrown is a bug. Server actions answer
 * `{ ok: false, error: code, fieldErrors }` (lib/auth/protected-action.ts),
 * route handlers `{ error: code, ...params }` (lib/api/route.ts).
 */
export const ERROR_STATUS = {
  /** A form's values refused by the data layer; fieldErrors say which (catalog codes). */
  invalid: 400,
  /** A request's query or body; params.fields names the parameters. */
  invalid_parameters: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** A state-changing request from another site, or one naming no origin (lib/security/same-origin.ts). */
  cross_origin: 403,
  origin_missing: 403,
  not_found: 404,
  conflict: 409,
  /** params.limitBytes is the limit. */
  too_large: 413,
  /** A feed that was not fetched or not imported; params.reason says why (imports.feed catalog). */
  feed_refused: 422,
  /** Not raised: what a route answers for a throw that is not an AppError. */
  internal_error: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → catalog codes; "form" when a refusal is about no one field. */
export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  fieldErrors?: FieldErrors;
  /** What a route answers beside the code, and what a caller may read (never a sentence: the screen words it). */
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  override readonly name = "AppError";
  // Declared, not initialised: a refusal without them has no such keys.
  declare readonly fieldErrors?: FieldErrors;
  declare readonly params?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(code);
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.params) this.params = options.params;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function errorStatus(code: ErrorCode): number {
  return ERROR_STATUS[code];
}

/**
 * A resource the viewer may not reach answers exactly like one that does not
 * exist, so that a refusal tells nothing about what is there (another
 * mission's review, a user id, an import run). Where a refusal may say why
 * (a role lacking a permission on a screen it can see) the caller keeps the
 * "forbidden".
 */
export function hideForbidden(error: AppError): AppError {
  return error.code === "forbidden" ? new AppError("not_found") : error;
}

/** A zod failure as field errors: the first path segment names the field, the issue's message is the catalog code. */
export function fieldErrorsFrom(error: z.ZodError, fallback = "form"): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? fallback)] ??= []).push(issue.message);
  return fieldErrors;
}

/** A zod failure as the refusal of a request's parameters, naming each failing one. */
export function invalidParameters(error: z.ZodError, fallback: string): AppError {
  return new AppError("invalid_parameters", {
    params: { fields: error.issues.map((issue) => String(issue.path[0] ?? fallback)) },
  });
}
