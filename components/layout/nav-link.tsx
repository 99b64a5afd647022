"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A main-navigation link that marks the section the user is in. */
export function NavLink({
  href,
  children,
  sections = [],
}: {
  href: string;
  children: ReactNode;
  sections?: readonly string[];
}) {
  const pathname = usePathname();
  const current =
    href === "/"
      ? pathname === "/" || pathname.startsWith("/missions") || pathname.startsWith("/accounts")
      : [href, ...sections].some((prefix) => pathname.startsWith(prefix));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn("hover:underline", current && "font-semibold text-accent")}
    >
      {children}
    </Link>
  );
}
