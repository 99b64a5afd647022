import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { PeopleOverviewList } from "@/components/people/people-overview-list";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getPeopleOverview } from "@/lib/data/people";
import { HANDOVER_DROP_BELOW, HANDOVER_WINDOW_DAYS } from "@/lib/metrics/people";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("people");
  const format = await getFormatter();
  const { viewer, keep, range } = await openRangePage({ path: "/people", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/people" title={t("title")} />;

  const missions = await getPeopleOverview(viewer, range.period, range.settings);
  return (
    <>
      {missions.some((m) => m.isDemo) && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {t("amplificationRule")}{" "}
        {t("handoverRule", {
          days: HANDOVER_WINDOW_DAYS,
          threshold: format.number(HANDOVER_DROP_BELOW, { style: "percent" }),
        })}
      </p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/people"
        keep={keep}
      />
      <PeopleOverviewList missions={missions} keep={keep} />
    </>
  );
}
