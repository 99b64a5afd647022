import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { MissionWorkingHoursHeader } from "@/components/working-hours/mission-working-hours-header";
import { WorkingHoursHeatmapSection } from "@/components/working-hours/working-hours-heatmap-section";
import { WorkingHoursSelectionPosts } from "@/components/working-hours/working-hours-selection-posts";
import { WorkingHoursSettingsPanel } from "@/components/working-hours/working-hours-settings-panel";
import { WorkingHoursSummarySection } from "@/components/working-hours/working-hours-summary-section";
import { can, canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionWorkingHours } from "@/lib/data/working-hours";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parseWorkingHoursSelection } from "@/lib/validations/working-hours";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workingHours");
  return { title: t("title") };
}

export default async function MissionWorkingHoursPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const { missionId } = await params;
  const pathname = `/working-hours/${encodeURIComponent(missionId)}`;
  const { viewer, params: query, keep, range } = await openRangePage({ path: pathname, searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const mission = await getMissionWorkingHours(viewer, missionId, range.period);
  if (!mission) notFound();
  const selection = parseWorkingHoursSelection(query);

  return (
    <>
      <MissionWorkingHoursHeader
        mission={mission}
        backHref={canViewAllMissions(viewer) ? hrefWith("/working-hours", keep) : null}
      />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="space-y-6">
          <WorkingHoursSummarySection
            summary={mission.summary}
            classHref={(c) => hrefWith(pathname, keep, { class: c })}
          />
          <WorkingHoursSettingsPanel mission={mission} canEdit={can(viewer, "edit:mission-settings")} />
        </div>
        <WorkingHoursHeatmapSection
          mission={mission}
          cellHref={(weekday, hour) =>
            `${hrefWith(pathname, keep, { weekday: String(weekday), hour: String(hour) })}#wh-posts`
          }
          selection={selection}
        />
      </div>
      {selection && (
        <WorkingHoursSelectionPosts
          viewer={viewer}
          mission={mission}
          period={range.period}
          selection={selection}
          pageParam={query.page}
          pathname={pathname}
          keep={keep}
        />
      )}
    </>
  );
}
