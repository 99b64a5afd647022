"use client";

import { usePathname } from "next/navigation";
import { showsFigures } from "@/lib/figures-routes";

/** The "computed as of" note, only under screens that show figures. */
export function FiguresFooter({ note }: { note: string }) {
  const pathname = usePathname();
  if (!showsFigures(pathname)) return null;
  return (
    <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-muted" data-testid="figures-footer">
      {note}
    </footer>
  );
}
