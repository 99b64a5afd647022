import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Alert({ className, tone = "danger", ...props }: ComponentProps<"div"> & { tone?: "danger" | "info" }) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(
        "rounded-lg border p-4 text-sm",
        tone === "danger"
          ? "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100"
          : "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100",
        className,
      )}
      {...props}
    />
  );
}
