import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

/** What a field's control needs to be tied to its label, description and error message. */
export interface FieldControlProps {
  id: string;
  name?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** The ids of a field's description and error message, for a control laid out by hand. */
export function fieldDescriptionIds(id: string) {
  return { description: `${id}-hint`, error: `${id}-error` };
}

/** The props that tie a control to its description, its error and any other describing element. */
export function fieldControlProps({
  id,
  name,
  description,
  error,
  describedBy,
}: {
  id: string;
  name?: string;
  description?: boolean;
  error?: boolean;
  describedBy?: string;
}): FieldControlProps {
  const ids = fieldDescriptionIds(id);
  const describing = [description && ids.description, error && ids.error, describedBy].filter(Boolean).join(" ");
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describing || undefined };
}

/** A refusal tied to one field; its id is the one the control's `aria-describedby` names. */
export function FieldError({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("mt-1 text-xs text-rose-700 dark:text-rose-300", className)} {...props} />;
}

/** A hint under a control. */
export function FieldDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("mt-1 text-xs text-muted", className)} {...props} />;
}

/**
 * A label, its control, a description and an error message, tied by
 * `htmlFor` and `aria-describedby` so a screen reader reads the hint and the
 * refusal with the field. The control is rendered by `children` with the
 * props it must carry.
 */
export function Field({
  id,
  name,
  label,
  description,
  error,
  describedBy,
  className = "text-sm",
  labelClassName = "mb-1 block font-medium",
  children,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  description?: ReactNode;
  /** The field's refusal, already in words; nothing when the value was accepted. */
  error?: ReactNode;
  /** Ids of other elements that describe the control (a hint shared by several fields). */
  describedBy?: string;
  className?: string;
  labelClassName?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const ids = fieldDescriptionIds(id);
  const control = fieldControlProps({
    id,
    name,
    description: Boolean(description),
    error: Boolean(error),
    describedBy,
  });
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children(control)}
      {description ? <FieldDescription id={ids.description}>{description}</FieldDescription> : null}
      {error ? <FieldError id={ids.error}>{error}</FieldError> : null}
    </div>
  );
}

const tones = {
  success: "text-emerald-700 dark:text-emerald-300",
  error: "text-rose-700 dark:text-rose-300",
} as const;

/**
 * The outcome of a submission: a success is announced politely (`status`), a
 * refusal at once (`alert`).
 */
export function FormMessage({ tone, className, ...props }: ComponentProps<"p"> & { tone: keyof typeof tones }) {
  return <p role={tone === "success" ? "status" : "alert"} className={cn(tones[tone], className)} {...props} />;
}

/** The colour of a success or a refusal, for a message whose element or role the form chooses itself. */
export function messageTone(tone: keyof typeof tones): string {
  return tones[tone];
}
