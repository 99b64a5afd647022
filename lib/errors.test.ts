import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS, errorStatus, fieldErrorsFrom, hideForbidden, invalidParameters } from "./errors";

describe("AppError", () => {
  it("answers each code with its status", () => {
    expect(ERROR_STATUS).toEqual({
      invalid: 400,
      invalid_parameters: 400,
      unauthenticated: 401,
      forbidden: 403,
      cross_origin: 403,
      origin_missing: 403,
      not_found: 404,
      conflict: 409,
      too_large: 413,
      feed_refused: 422,
      internal_error: 500,
    });
    for (const code of Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[]) {
      expect(new AppError(code).status).toBe(ERROR_STATUS[code]);
      expect(errorStatus(code)).toBe(ERROR_STATUS[code]);
    }
  });

  it("carries its code as its message, and field errors and params only when given", () => {
    const plain = new AppError("not_found");
    expect(plain).toBeInstanceOf(Error);
    expect(plain).toMatchObject({ name: "AppError", code: "not_found", message: "not_found" });
    expect("fieldErrors" in plain || "params" in plain).toBe(false);
    const detailed = new AppError("conflict", { fieldErrors: { email: ["email_taken"] }, params: { limitBytes: 8 } });
    expect(detailed).toMatchObject({
      code: "conflict",
      fieldErrors: { email: ["email_taken"] },
      params: { limitBytes: 8 },
    });
  });
});

describe("hideForbidden", () => {
  it("answers a forbidden resource exactly like one that does not exist, field errors and all", () => {
    const hidden = hideForbidden(new AppError("forbidden", { fieldErrors: { missionId: ["someone_elses"] } }));
    expect(hidden).toMatchObject({ code: "not_found", status: 404 });
    expect(hidden.fieldErrors).toBeUndefined();
    expect(hidden).toEqual(new AppError("not_found"));
  });

  it("leaves every other refusal as it is", () => {
    for (const code of ["not_found", "conflict", "invalid", "unauthenticated", "cross_origin"] as const) {
      const error = new AppError(code, { fieldErrors: { form: ["x"] } });
      expect(hideForbidden(error)).toBe(error);
    }
  });
});

describe("zod failures", () => {
  const schema = z.object({
    email: z.email("email_invalid"),
    name: z.string().min(1, "name_required"),
    tags: z.array(z.string().min(2, "tag_short")),
  });
  const failure = schema.safeParse({ email: "x", name: "", tags: ["a", "b"] }).error!;

  it("become field errors keyed by the first path segment, the messages being catalog codes", () => {
    expect(fieldErrorsFrom(failure)).toEqual({
      email: ["email_invalid"],
      name: ["name_required"],
      tags: ["tag_short", "tag_short"],
    });
    expect(fieldErrorsFrom(z.string().safeParse(1).error!)).toEqual({ form: [expect.any(String)] });
  });

  it("become the refusal of a request's parameters naming each failing one", () => {
    const refusal = invalidParameters(failure, "query");
    expect(refusal).toMatchObject({
      code: "invalid_parameters",
      status: 400,
      params: { fields: ["email", "name", "tags", "tags"] },
    });
    expect(invalidParameters(z.object({}).safeParse(5).error!, "body").params).toEqual({ fields: ["body"] });
  });
});
