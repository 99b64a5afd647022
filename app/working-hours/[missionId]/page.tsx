import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { ClassSummary } from "@/components/working-hours/class-summary";
import { HourWeekdayHeatmap } from "@/components/working-hours/hour-weekday-heatmap";
import { WorkingHoursSettingsPanel } from "@/components/working-hours/working-hours-settings-panel";
import { can, canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionWorkingHours, getWorkingHoursPosts } from "@/lib/data/working-hours";
import { formatMinuteOfDay } from "@/lib/metrics/working-hours";
import { parseWorkingHoursSelection } from "@/lib/validations/working-hours";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workingHours");
  return { title: t("title") };
}

export default async function MissionWorkingHoursPage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { missionId } = await params;
  const t = await getTranslations("workingHours");
  const pathname = `/working-hours/${encodeURIComponent(missionId)}`;
  const { viewer, params: query, keep, range } = await openRangePage({ path: pathname, searchParams });

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const mission = await getMissionWorkingHours(viewer, missionId, range.period);
  if (!mission) notFound();

  const selection = parseWorkingHoursSelection(query);
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const posts = selection ? await getWorkingHoursPosts(viewer, mission.id, range.period, selection, page) : null;
  const selectionKeep = selection
    ? selection.kind === "class"
      ? { ...keep, class: selection.timeClass }
      : { ...keep, weekday: String(selection.isoWeekday), hour: String(selection.hour) }
    : keep;
  const selectionLabel = selection
    ? selection.kind === "class"
      ? t(`class.${selection.timeClass}`)
      : t("cellSelection", { weekday: t(`weekday.${selection.isoWeekday}` as "weekday.1"), hour: formatMinuteOfDay(selection.hour * 60) })
    : "";

  return (
    <>
      {mission.isDemo && <DemoBanner />}
      {canViewAllMissions(viewer) && (
        <p className="mb-2 text-sm">
          <Link href={hrefWith("/working-hours", keep)} className="text-accent hover:underline">
            ← {t("backToOverview")}
          </Link>
        </p>
      )}
      <h1 className="mb-1 text-2xl font-semibold">{t("missionTitle", { mission: mission.name })}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {t("missionIntro", { timeZone: mission.settings.timeZone })} {t("precedence")}
      </p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="space-y-6">
          <section aria-labelledby="wh-summary">
            <h2 id="wh-summary" className="mb-2 text-lg font-semibold">
              {t("summaryHeading")}
            </h2>
            <ClassSummary summary={mission.summary} classHref={(c) => hrefWith(pathname, keep, { class: c })} />
            <p className="mt-2 text-xs text-muted">{t("repliesNote")}</p>
          </section>
          <WorkingHoursSettingsPanel mission={mission} canEdit={can(viewer, "edit:mission-settings")} />
        </div>
        <section aria-labelledby="wh-heatmap">
          <h2 id="wh-heatmap" className="mb-2 text-lg font-semibold">
            {t("heatmapHeading")}
          </h2>
          <HourWeekdayHeatmap
            matrix={mission.summary.matrix}
            settings={mission.settings}
            cellHref={(weekday, hour) => `${hrefWith(pathname, keep, { weekday: String(weekday), hour: String(hour) })}#wh-posts`}
            selected={selection?.kind === "cell" ? selection : null}
          />
        </section>
      </div>
      {selection && posts && (
        <section aria-labelledby="wh-posts" className="mt-8" data-testid="selection-posts">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="wh-posts" className="text-lg font-semibold">
              {t("postsHeading", { selection: selectionLabel })}{" "}
              <span className="text-sm font-normal text-muted" data-testid="selection-total">
                {t("postsCount", { count: posts.total })}
              </span>
            </h2>
            <Link href={hrefWith(pathname, keep)} className="text-sm text-accent hover:underline">
              {t("clearSelection")}
            </Link>
          </div>
          {posts.items.length === 0 ? (
            <Alert tone="info">{t("postsEmpty")}</Alert>
          ) : (
            <PostTable posts={posts.items} timeZone={mission.settings.timeZone} accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, keep)} />
          )}
          <PostPagination page={posts.page} pageCount={posts.pageCount} href={(p) => `${hrefWith(pathname, selectionKeep, { page: String(p) })}#wh-posts`} />
        </section>
      )}
    </>
  );
}
