import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LabelCsvForm } from "@/components/stakeholders/label-csv-form";
import { MissionSharesSection } from "@/components/stakeholders/mission-shares-section";
import { StakeholderDirectorySection } from "@/components/stakeholders/stakeholder-directory-section";
import { StakeholderInsightsSection } from "@/components/stakeholders/stakeholder-insights-section";
import { StakeholdersHeader } from "@/components/stakeholders/stakeholders-header";
import { RangeBar } from "@/components/view-range/range-bar";
import { FilterError } from "@/components/view-range/filter-error";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getStakeholderMission } from "@/lib/data/stakeholders";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parseStakeholderQuery } from "@/lib/validations/stakeholders";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stakeholders");
  return { title: t("title") };
}

export default async function StakeholdersPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("stakeholders");
  const { viewer, params, keep: view, range } = await openRangePage({ path: "/stakeholders", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/stakeholders" />;
  const parsed = parseStakeholderQuery(params);
  if (!parsed.ok) {
    return (
      <FilterError
        message={t("invalidFilters", { fields: parsed.fields.join(", ") })}
        clearLabel={t("clearFilters")}
        clearHref={hrefWith("/stakeholders", view)}
      />
    );
  }
  const { query } = parsed;
  // An ambassador's view is their own mission's; the ministry-wide page is HQ's and leadership's.
  if (viewer.role === "ambassador" && !query.missionId) {
    if (!viewer.missionId) notFound();
    redirect(hrefWith("/stakeholders", { ...params, mission: viewer.missionId }));
  }
  const mission = query.missionId ? await getStakeholderMission(viewer, query.missionId) : null;
  if (query.missionId && !mission) notFound();

  const { period } = range;
  const keep = {
    ...view,
    mission: query.missionId ?? undefined,
    category: query.category ?? undefined,
    q: query.search ?? undefined,
  };
  const postsHref = (handle: string) =>
    hrefWith("/posts", view, { with: handle, mission: query.missionId ?? undefined });
  const canLabel = can(viewer, "label:stakeholders");

  return (
    <>
      <StakeholdersHeader
        missionName={mission?.name ?? null}
        backHref={mission && viewer.role !== "ambassador" ? hrefWith("/stakeholders", view) : null}
      />
      <RangeBar
        period={period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/stakeholders"
        keep={keep}
      />
      <StakeholderInsightsSection
        viewer={viewer}
        period={period}
        mission={mission}
        categoryHref={(category) => hrefWith("/stakeholders", keep, { category, page: undefined })}
        postsHref={postsHref}
      />
      {!mission && (
        <MissionSharesSection
          viewer={viewer}
          period={period}
          missionHref={(missionId) => hrefWith("/stakeholders", view, { mission: missionId })}
        />
      )}
      <StakeholderDirectorySection
        viewer={viewer}
        period={period}
        query={query}
        view={view}
        keep={keep}
        canLabel={canLabel}
        postsHref={postsHref}
      />
      {canLabel && <LabelCsvForm />}
    </>
  );
}
