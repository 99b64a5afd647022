import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

const variants = {
  /** The form's main action. */
  primary: "rounded bg-accent font-medium text-white disabled:opacity-60 dark:text-slate-900",
  /** A second action next to the main one. */
  secondary: "rounded border border-border hover:border-accent disabled:opacity-60",
  /** A button that reads as a link (opening a panel, signing out). */
  link: "text-accent hover:underline",
  /** A destructive action that reads as a link. */
  dangerLink: "text-rose-700 hover:underline dark:text-rose-300",
  /** A small remove control (×) inside a badge or a list. */
  remove: "hover:text-rose-700",
} as const;

const sizes = {
  md: "px-3 py-1.5 text-sm",
  lg: "px-3 py-2",
  sm: "px-2 py-1 text-xs",
  xs: "px-2 text-xs",
  /** No padding or type size of its own: link-like buttons take the text around them. */
  inline: "",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/** The classes of a button, for an element that must look like one. */
export function buttonVariants({
  variant = "primary",
  size,
}: { variant?: ButtonVariant; size?: ButtonSize } = {}): string {
  const fallback: ButtonSize = variant === "primary" || variant === "secondary" ? "md" : "inline";
  return cn(variants[variant], sizes[size ?? fallback]);
}

/** A button; `type` defaults to "button" so only the submit button of a form submits it. */
export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
