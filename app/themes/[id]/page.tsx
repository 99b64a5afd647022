import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KeywordRules } from "@/components/themes/keyword-rules";
import { ThemeHeader } from "@/components/themes/theme-header";
import { themeLinks } from "@/components/themes/theme-links";
import { ThemeMissionsSection } from "@/components/themes/theme-missions-section";
import { ThemeOverTimeSection } from "@/components/themes/theme-over-time-section";
import { ThemeSummaryLine } from "@/components/themes/theme-summary-line";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getThemeDetail } from "@/lib/data/themes";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parsePageParam } from "@/lib/validations/page-param";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("theme") };
}

export default async function ThemePage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { id } = await params;
  const pathname = `/themes/${encodeURIComponent(id)}`;
  const { viewer, params: query, keep, range } = await openRangePage({ path: pathname, searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const theme = await getThemeDetail(viewer, id, range.period);
  if (!theme) notFound();
  const links = themeLinks(theme.id, pathname, keep, query);

  return (
    <>
      <ThemeHeader theme={theme} keep={keep} />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <ThemeSummaryLine theme={theme} links={links} />
      <KeywordRules keywords={theme.keywords} editableThemeId={can(viewer, "edit:themes") ? theme.id : null} />
      <ThemeMissionsSection theme={theme} links={links} keep={keep} page={parsePageParam(query.page)} />
      <ThemeOverTimeSection theme={theme} links={links} page={parsePageParam(query.monthsPage)} />
    </>
  );
}
