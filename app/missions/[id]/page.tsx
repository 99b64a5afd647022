import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { StatusBadge } from "@/components/accounts/status-badge";
import { DemoBanner } from "@/components/layout/demo-banner";
import { AccountTable } from "@/components/missions/account-table";
import { WeeklyActivityPanel } from "@/components/overview/chart-panels";
import { HealthPanel } from "@/components/scorecard/health-panel";
import { EngagementTargetPanel } from "@/components/scorecard/engagement-target-panel";
import { NextStepsList } from "@/components/scorecard/next-steps-list";
import { MissionStaffTime, PeopleLink, StaffTimeSkeleton, startedRead } from "@/components/scorecard/scorecard-widgets";
import { ThemeCoverageList } from "@/components/scorecard/theme-coverage-list";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getMissionScorecard } from "@/lib/data/dashboard";
import { canRecordStaffTime, getMissionStaffTime } from "@/lib/data/mission-targets";
import { missionHasPersonalAccounts } from "@/lib/data/people";
import { ACTIVITY_STATUSES } from "@/lib/metrics/activity-status";
import { formatIsoDay } from "@/lib/metrics/dates";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("mission") };
}

export default async function MissionPage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { id } = await params;
  const t = await getTranslations();
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
      {mission.isDemo && <DemoBanner />}
      {/* An ambassador's home is this page: there is no list of missions to go back to. */}
      {viewer.role !== "ambassador" && (
        <Link href={hrefWith("/", keep)} className="text-sm text-accent hover:underline">
          ← {t("mission.back")}
        </Link>
      )}
      <h1 className="mb-1 mt-2 text-2xl font-semibold">{mission.name}</h1>
      <p className="mb-4 text-sm text-muted">
        {t(`missionKind.${mission.kind}`)} · {[mission.city, mission.country].filter(Boolean).join(", ")}
        {mission.region ? ` · ${t("mission.region")}: ${mission.region}` : ""}
      </p>
      <RangeBar period={range.period} thresholdDays={range.settings.dormancyThresholdDays} asOfIsDefault={range.asOfIsDefault} pathname={pathname} keep={keep} />
      <Suspense key={`people:${mission.id}`}>
        <PeopleLink hasPersonalAccounts={hasPersonalAccounts} href={hrefWith(`/people/${encodeURIComponent(mission.id)}`, keep)} />
      </Suspense>
      <HealthPanel health={mission.health} peers={scorecard.peers} />
      <NextStepsList steps={scorecard.nextSteps} periodDays={range.period.days} />
      <EngagementTargetPanel
        missionId={mission.id}
        target={scorecard.target}
        canEdit={can(viewer, "edit:mission-settings")}
        engagementPostsHref={hrefWith("/posts", keep, { mission: mission.id, category: "engagement" })}
      />
      <section aria-labelledby="accounts-heading" className="mb-6">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <h2 id="accounts-heading" className="text-lg font-semibold">
            {t("mission.accountsHeading")}
          </h2>
          {ACTIVITY_STATUSES.filter((s) => mission.statusCounts[s] > 0).map((status) => (
            <StatusBadge key={status} status={status} count={mission.statusCounts[status]} />
          ))}
        </div>
        <p className="mb-3 text-sm text-muted" data-testid="mission-summary">
          {t("mission.summary", {
            total: mission.statusCounts.total,
            active: mission.statusCounts.active,
            dormant: mission.statusCounts.dormant,
            silent: mission.statusCounts.silent,
          })}
        </p>
        {mission.accounts.length === 0 ? (
          <Alert tone="info">{t("mission.noAccounts")}</Alert>
        ) : (
          <AccountTable
            accounts={mission.accounts}
            periodDays={range.period.days}
            accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, keep)}
            postsHref={(accountId, options) =>
              hrefWith("/posts", keep, { account: accountId, category: options?.category, since: options?.allTime ? "all" : undefined })
            }
          />
        )}
      </section>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading" className="mb-2 text-lg font-semibold">
            {t("mission.coverageHeading")}
          </h2>
          <ThemeCoverageList
            coverage={mission.coverage}
            themes={scorecard.themes}
            postsHref={(themeId) => hrefWith("/posts", keep, { mission: mission.id, theme: themeId })}
            previewParams={(themeId) => ({ ...keep, mission: mission.id, theme: themeId })}
          />
        </section>
        <WeeklyActivityPanel weekly={scorecard.weekly} />
      </div>
      <div className="mt-6">
        <Suspense key={`staff-time:${rangeKey}`} fallback={<StaffTimeSkeleton />}>
          <MissionStaffTime quarters={staffTime} missionId={mission.id} asOf={range.period.asOf} canRecord={canRecordStaffTime(viewer, mission.id)} />
        </Suspense>
      </div>
    </>
  );
}
