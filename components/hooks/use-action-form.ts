"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/protected-action";
import { fieldControlProps, type FieldControlProps } from "@/components/ui/field";

/** A server action made with protectedAction, as useActionState calls it. */
export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

interface ActionFormOptions {
  /** Clear the form after a success (not after a refusal: what was typed stays). */
  resetOnSuccess?: boolean;
  /** Turns a field's error codes into words, for `field()`. */
  errorText?: (code: string) => string;
}

/**
 * A form bound to a server action. Submitting through a transition instead
 * of the form's `action` keeps what was typed when the action refuses; the
 * form is cleared only after a success, when asked.
 */
export function useActionForm<T>(action: FormAction<T>, { resetOnSuccess = false, errorText }: ActionFormOptions = {}) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const baseId = useId();
  useEffect(() => {
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  /** Sends a form's or a button's own data. */
  const submit = (data: FormData | Record<string, string>) => {
    const formData = data instanceof FormData ? data : toFormData(data);
    startTransition(() => dispatch(formData));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  const fieldErrors: Record<string, string[]> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  /** The id of a field's control in this form. */
  const idOf = (name: string) => `${baseId}-${name}`;
  /** The props of a <Field>: the control's id and name, and the field's refusal in words. */
  const field = (name: string) => {
    const codes = fieldErrors[name];
    const error = codes?.length ? codes.map((code) => (errorText ? errorText(code) : code)).join(" ") : undefined;
    return { id: idOf(name), name, error };
  };
  /** The props of a control laid out without <Field>, tied to its hint and its error. */
  const control = (
    name: string,
    { description = false, describedBy }: { description?: boolean; describedBy?: string } = {},
  ): FieldControlProps =>
    fieldControlProps({ id: idOf(name), name, description, error: Boolean(fieldErrors[name]?.length), describedBy });
  return { state, pending, submit, onSubmit, formRef, baseId, idOf, field, control, fieldErrors, hasFieldErrors };
}

function toFormData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}
