import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ColorScheme } from "@/lib/color-scheme";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ scheme }: { scheme: ColorScheme }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <span className="hidden text-sm text-muted sm:inline">{t("app.tagline")}</span>
        <nav aria-label={t("nav.main")} className="ml-auto flex items-center gap-4 text-sm">
          <Link href="/" className="hover:underline">
            {t("nav.overview")}
          </Link>
          <Link href="/posts" className="hover:underline">
            {t("nav.posts")}
          </Link>
          <Link href="/themes" className="hover:underline">
            {t("nav.themes")}
          </Link>
        </nav>
        <ThemeToggle initial={scheme} />
      </div>
    </header>
  );
}
