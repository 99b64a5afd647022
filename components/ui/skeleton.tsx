import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** A placeholder block in the shape of what is loading; hidden from assistive technology. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-border", className)} {...props} />;
}

/**
 * A region whose content is still loading: announced once by its label (a
 * polite status), its placeholder blocks silent.
 */
export function SkeletonRegion({ label, className, children, ...props }: ComponentProps<"div"> & { label: string }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className={className} {...props}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
