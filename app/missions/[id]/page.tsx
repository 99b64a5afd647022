import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { EngagementTargetPanel } from "@/components/scorecard/engagement-target-panel";
import { HealthPanel } from "@/components/scorecard/health-panel";
import { MissionLinks } from "@/components/scorecard/mission-links";
import { NextStepsList } from "@/components/scorecard/next-steps-list";
import { ScorecardAccounts, ScorecardCoverage, ScorecardHeader } from "@/components/scorecard/scorecard-sections";
import { MissionStaffTime, PeopleLink, StaffTimeSkeleton, startedRead } from "@/components/scorecard/scorecard-widgets";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getMissionScorecard } from "@/lib/data/dashboard";
import { canRecordStaffTime, getMissionStaffTime } from "@/lib/data/mission-targets";
import { missionHasPersonalAccounts } from "@/lib/data/people";
import { formatIsoDay } from "@/lib/metrics/dates";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("mission") };
}

export default async function MissionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const { id } = await params;
  const pathname = `/missions/${encodeURIComponent(id)}`;
  const { viewer, keep, range } = await openRangePage({ path: pathname, searchParams });

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  // The people link and the staff time stream in beside the scorecard, which decides whether the page exists.
  const staffTime = startedRead(getMissionStaffTime(viewer, id, range.period.asOf));
  const hasPersonalAccounts = startedRead(missionHasPersonalAccounts(viewer, id));
  const scorecard = await getMissionScorecard(viewer, id, range.period, range.settings);
  if (!scorecard) notFound();
  const { mission } = scorecard;
  const rangeKey = `${formatIsoDay(range.period.asOf)}/${range.period.days}`;

  return (
    <>
      {/* An ambassador's home is this page: there is no list of missions to go back to. */}
      <ScorecardHeader mission={mission} backHref={viewer.role !== "ambassador" ? hrefWith("/", keep) : null} />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <MissionLinks missionId={mission.id} asOf={range.period.asOf} keep={keep} />
      <Suspense key={`people:${mission.id}`}>
        <PeopleLink
          hasPersonalAccounts={hasPersonalAccounts}
          href={hrefWith(`/people/${encodeURIComponent(mission.id)}`, keep)}
        />
      </Suspense>
      <HealthPanel health={mission.health} peers={scorecard.peers} positions={scorecard.positions} />
      <NextStepsList steps={scorecard.nextSteps} periodDays={range.period.days} />
      <EngagementTargetPanel
        missionId={mission.id}
        target={scorecard.target}
        canEdit={can(viewer, "edit:mission-settings")}
        engagementPostsHref={hrefWith("/posts", keep, { mission: mission.id, category: "engagement" })}
      />
      <ScorecardAccounts mission={mission} periodDays={range.period.days} keep={keep} />
      <ScorecardCoverage scorecard={scorecard} keep={keep} />
      <div className="mt-6">
        <Suspense key={`staff-time:${rangeKey}`} fallback={<StaffTimeSkeleton />}>
          <MissionStaffTime
            quarters={staffTime}
            missionId={mission.id}
            asOf={range.period.asOf}
            canRecord={canRecordStaffTime(viewer, mission.id)}
          />
        </Suspense>
      </div>
    </>
  );
}
