import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { AmplificationPanel, HandoverPanel, SideBySide } from "@/components/people/mission-people";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionPeople } from "@/lib/data/people";
import { HANDOVER_DROP_BELOW, HANDOVER_WINDOW_DAYS } from "@/lib/metrics/people";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("title") };
}

export default async function MissionPeoplePage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { missionId } = await params;
  const t = await getTranslations("people");
  const format = await getFormatter();
  const pathname = `/people/${encodeURIComponent(missionId)}`;
  const { viewer, keep, range } = await openRangePage({ path: pathname, searchParams });

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const mission = await getMissionPeople(viewer, missionId, range.period, range.settings);
  if (!mission) notFound();

  return (
    <>
      {mission.isDemo && <DemoBanner />}
      {canViewAllMissions(viewer) && (
        <p className="mb-2 text-sm">
          <Link href={hrefWith("/people", keep)} className="text-accent hover:underline">
            ← {t("backToOverview")}
          </Link>
        </p>
      )}
      <h1 className="mb-1 text-2xl font-semibold">{t("missionTitle", { mission: mission.name })}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <section aria-labelledby="people-figures" className="mb-8">
        <h2 id="people-figures" className="mb-2 text-lg font-semibold">
          {t("figuresHeading")}
        </h2>
        <SideBySide mission={mission} keep={keep} />
      </section>
      <section aria-labelledby="people-amplification-heading" id="people-amplification" className="mb-8">
        <h2 id="people-amplification-heading" className="mb-1 text-lg font-semibold">
          {t("amplificationHeading")}
        </h2>
        <p className="mb-2 max-w-3xl text-xs text-muted">{t("amplificationRule")}</p>
        <AmplificationPanel mission={mission} keep={keep} />
      </section>
      <section aria-labelledby="people-handover-heading" id="people-handover">
        <h2 id="people-handover-heading" className="mb-1 text-lg font-semibold">
          {t("handoverHeading")}
        </h2>
        <p className="mb-2 max-w-3xl text-xs text-muted">
          {t("handoverRule", { days: HANDOVER_WINDOW_DAYS, threshold: format.number(HANDOVER_DROP_BELOW, { style: "percent" }) })}
        </p>
        <HandoverPanel mission={mission} period={range.period} />
      </section>
    </>
  );
}
