import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AmplificationSection } from "@/components/people/amplification-section";
import { HandoverSection } from "@/components/people/handover-section";
import { MissionPeopleHeader } from "@/components/people/mission-people-header";
import { PeopleFiguresSection } from "@/components/people/people-figures-section";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionPeople } from "@/lib/data/people";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("title") };
}

export default async function MissionPeoplePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const { missionId } = await params;
  const pathname = `/people/${encodeURIComponent(missionId)}`;
  const { viewer, keep, range } = await openRangePage({ path: pathname, searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const mission = await getMissionPeople(viewer, missionId, range.period, range.settings);
  if (!mission) notFound();

  return (
    <>
      <MissionPeopleHeader mission={mission} backHref={canViewAllMissions(viewer) ? hrefWith("/people", keep) : null} />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <PeopleFiguresSection mission={mission} keep={keep} />
      <AmplificationSection mission={mission} keep={keep} />
      <HandoverSection mission={mission} period={range.period} />
    </>
  );
}
