import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { FiguresFooter } from "@/components/layout/figures-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { COLOR_SCHEME_COOKIE, parseColorScheme } from "@/lib/color-scheme";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const messages = await getMessages();
  // Client components (error boundary, charts) get only their texts; the rest stays on the server.
  const clientMessages = {
    errors: messages.errors,
    charts: messages.charts,
    theme: messages.theme,
    preview: messages.preview,
    auth: messages.auth,
    admin: messages.admin,
    imports: messages.imports,
    importProblems: messages.importProblems,
    reviews: messages.reviews,
    themeRules: messages.themeRules,
    missionTargets: messages.missionTargets,
    platformMix: messages.platformMix,
    stakeholders: messages.stakeholders,
    workingHours: messages.workingHours,
  };
  const viewer = await getCurrentViewer();
  const scheme = parseColorScheme((await cookies()).get(COLOR_SCHEME_COOKIE)?.value);
  return (
    <html lang={locale} className={scheme === "system" ? undefined : scheme}>
      <body className="min-h-screen antialiased">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-card focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <Providers>
            <SiteHeader scheme={scheme} viewer={viewer} />
            <main id="content" className="mx-auto max-w-7xl px-4 py-6">
              {children}
            </main>
            <FiguresFooter note={t("footer")} />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
