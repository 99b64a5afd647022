import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { controlVariants, type ControlSize } from "./input";

/** A native select, styled as the text fields are. */
export function Select({ size, className, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: ControlSize }) {
  return <select className={cn(controlVariants({ size }), className)} {...props} />;
}
