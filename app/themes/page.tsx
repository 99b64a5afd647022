import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { ThemeList } from "@/components/themes/theme-list";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getThemeOverview } from "@/lib/data/themes";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("themes") };
}

export default async function ThemesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("themes");
  const { viewer, keep, range } = await openRangePage({ path: "/themes", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/themes" title={t("title")} />;

  const overview = await getThemeOverview(viewer, range.period);
  return (
    <>
      {overview.hasDemoData && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/themes"
        keep={keep}
      />
      <ThemeList overview={overview} keep={keep} />
    </>
  );
}
