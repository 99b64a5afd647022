import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { INSIGHT_SCREENS } from "@/components/insights/insight-list";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { ColorScheme } from "@/lib/color-scheme";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ scheme, viewer }: { scheme: ColorScheme; viewer: Viewer | null }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        {/* Only where there is room for it beside the navigation and the signed-in user (not at 1440 px). */}
        <span className="hidden text-sm text-muted 2xl:inline">{t("app.tagline")}</span>
        {viewer ? (
          <>
            <nav aria-label={t("nav.main")} className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <NavLink href="/">{viewer.role === "ambassador" ? t("nav.myScorecard") : t("nav.overview")}</NavLink>
              <NavLink href="/posts">{t("nav.posts")}</NavLink>
              <NavLink href="/themes">{t("nav.themes")}</NavLink>
              <NavLink href="/insights" sections={INSIGHT_SCREENS.map((screen) => screen.href)}>
                {t("insights.nav")}
              </NavLink>
              <NavLink href="/summaries">{t("summaries.nav")}</NavLink>
              {can(viewer, "import:data") && <NavLink href="/imports">{t("imports.nav")}</NavLink>}
              {can(viewer, "manage:users") && <NavLink href="/admin/users">{t("admin.nav.users")}</NavLink>}
              {can(viewer, "view:audit") && <NavLink href="/admin/audit">{t("admin.nav.audit")}</NavLink>}
              {can(viewer, "manage:settings") && <NavLink href="/admin/settings">{t("admin.nav.settings")}</NavLink>}
            </nav>
            {/* Who is signed in, sign-out and the colour scheme wrap as one group, never the toggle alone. */}
            <div className="ml-auto flex items-center gap-3">
              <span className="text-xs text-muted" data-testid="signed-in-as">
                {t("auth.signedInAs", { name: viewer.name ?? viewer.email ?? "", role: t(`auth.role.${viewer.role}`) })}
              </span>
              <SignOutButton />
              <ThemeToggle initial={scheme} />
            </div>
          </>
        ) : (
          <div className="ml-auto">
            <ThemeToggle initial={scheme} />
          </div>
        )}
      </div>
    </header>
  );
}
