import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { WorkingHoursOverviewList } from "@/components/working-hours/working-hours-overview-list";
import { getWorkingHoursOverview } from "@/lib/data/working-hours";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workingHours");
  return { title: t("title") };
}

export default async function WorkingHoursPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("workingHours");
  const { viewer, keep, range } = await openRangePage({ path: "/working-hours", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/working-hours" title={t("title")} />;

  const missions = await getWorkingHoursOverview(viewer, range.period);
  return (
    <>
      {missions.some((m) => m.isDemo) && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {t("signal")} {t("precedence")}
      </p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/working-hours"
        keep={keep}
      />
      <WorkingHoursOverviewList missions={missions} keep={keep} />
    </>
  );
}
