import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

const sizes = {
  /** A form's field: the full width of its column. */
  md: "w-full px-2 py-1.5 text-sm",
  /** A filter bar's field, as wide as its content. */
  sm: "px-2 py-1 text-sm",
  /** A field inside a table cell or a badge row. */
  xs: "px-1 py-0.5 text-xs",
} as const;

export type ControlSize = keyof typeof sizes;

/** The classes every text field, select and text area shares; a refused value is marked by `aria-invalid`. */
export function controlVariants({ size = "md" }: { size?: ControlSize } = {}): string {
  // Never wider than their container: a select is as wide as its longest option, which overflowed a phone.
  return cn("max-w-full rounded border border-border bg-background aria-[invalid=true]:border-rose-600", sizes[size]);
}

type ControlProps = { size?: ControlSize };

/** A text field (text, e-mail, password, date, time, number, search, url). Check boxes and file pickers stay plain inputs. */
export function Input({ size, className, ...props }: Omit<ComponentProps<"input">, "size"> & ControlProps) {
  return <input className={cn(controlVariants({ size }), className)} {...props} />;
}

export function Textarea({ size, className, ...props }: ComponentProps<"textarea"> & ControlProps) {
  return <textarea className={cn(controlVariants({ size }), className)} {...props} />;
}
