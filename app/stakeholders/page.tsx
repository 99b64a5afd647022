import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DirectoryFilters } from "@/components/stakeholders/directory-filters";
import { LabelCsvForm } from "@/components/stakeholders/label-csv-form";
import { MissionSharesTable } from "@/components/stakeholders/mission-shares-table";
import { StakeholderDirectory } from "@/components/stakeholders/stakeholder-directory";
import { StakeholderInsightsPanel } from "@/components/stakeholders/stakeholder-insights";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getMissionCategoryShares, getStakeholderDirectory, getStakeholderInsights, getStakeholderMission } from "@/lib/data/stakeholders";
import { parseStakeholderQuery } from "@/lib/validations/stakeholders";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stakeholders");
  return { title: t("title") };
}

export default async function StakeholdersPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("stakeholders");
  const format = await getFormatter();
  const { viewer, params, keep: view, range } = await openRangePage({ path: "/stakeholders", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/stakeholders" />;
  const parsed = parseStakeholderQuery(params);
  if (!parsed.ok) {
    return (
      <Alert data-testid="filter-error">
        <p>{t("invalidFilters", { fields: parsed.fields.join(", ") })}</p>
        <Link href={hrefWith("/stakeholders", view)} className="font-medium underline">
          {t("clearFilters")}
        </Link>
      </Alert>
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

  const period = range.period;
  const [directory, insights, missionShares] = await Promise.all([
    getStakeholderDirectory(viewer, period, query),
    getStakeholderInsights(viewer, period, query.missionId),
    mission ? null : getMissionCategoryShares(viewer, period),
  ]);
  const keep = { ...view, mission: query.missionId ?? undefined, category: query.category ?? undefined, q: query.search ?? undefined };
  const postsHref = (handle: string) => hrefWith("/posts", view, { with: handle, mission: query.missionId ?? undefined });
  const canLabel = can(viewer, "label:stakeholders");

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{mission ? t("missionTitle", { mission: mission.name }) : t("title")}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      {mission && viewer.role !== "ambassador" && (
        <p className="mb-2 text-sm">
          <Link href={hrefWith("/stakeholders", view)} className="underline">
            {t("backToMinistry")}
          </Link>
        </p>
      )}
      <RangeBar
        period={period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/stakeholders"
        keep={keep}
      />
      <StakeholderInsightsPanel
        insights={insights}
        heading={mission ? t("shares.missionHeading", { mission: mission.name }) : t("shares.heading")}
        categoryHref={(category) => hrefWith("/stakeholders", keep, { category, page: undefined })}
        postsHref={postsHref}
      />
      {missionShares && (
        <section className="mb-6">
          <h2 className="mb-2 font-semibold">{t("missions.heading")}</h2>
          <MissionSharesTable missions={missionShares} missionHref={(missionId) => hrefWith("/stakeholders", view, { mission: missionId })} />
        </section>
      )}
      <section className="mb-6">
        <h2 className="mb-1 font-semibold">{t("directory.heading")}</h2>
        <p className="mb-2 text-sm text-muted" data-testid="directory-summary">
          {t("directory.summary", { all: directory.all, labelled: directory.labelled })}
          {(query.category || query.search) && ` · ${t("directory.filtered", { count: directory.total })}`}
        </p>
        <DirectoryFilters query={query} keep={{ ...view, mission: query.missionId ?? undefined }} />
        {/* Kept mounted when labelling empties the filtered list, so the outcome stays on screen. */}
        <StakeholderDirectory
          // A new page or filter starts with nothing selected.
          key={`${query.category}:${query.search}:${directory.page}`}
          canLabel={canLabel}
          rows={directory.rows.map((row) => ({ ...row, postsHref: postsHref(row.handle) }))}
        />
        {directory.pageCount > 1 && (
          <nav className="mt-3 flex items-center gap-3 text-sm" aria-label={t("directory.page", { page: directory.page, pageCount: directory.pageCount })}>
            {directory.page > 1 && <Link href={hrefWith("/stakeholders", keep, { page: String(directory.page - 1) })}>{t("directory.previous")}</Link>}
            <span>{t("directory.page", { page: format.number(directory.page), pageCount: format.number(directory.pageCount) })}</span>
            {directory.page < directory.pageCount && <Link href={hrefWith("/stakeholders", keep, { page: String(directory.page + 1) })}>{t("directory.next")}</Link>}
          </nav>
        )}
      </section>
      {canLabel && <LabelCsvForm />}
    </>
  );
}
