import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A table in a box that scrolls sideways when the table is wider than the
 * screen. The box takes the keyboard focus, so that it can be scrolled
 * without a mouse (axe scrollable-region-focusable).
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div
      tabIndex={0}
      className="w-full overflow-x-auto rounded-lg border border-border bg-card focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      <table className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      className={cn(
        "border-b border-border px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-border px-3 py-2 align-top", className)} {...props} />;
}
