import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import type { Viewer } from "@/lib/auth/permissions";
import { getWorkingHoursPosts, type MissionWorkingHours } from "@/lib/data/working-hours";
import type { Period } from "@/lib/metrics/dates";
import { formatMinuteOfDay, type WorkingHoursSelection } from "@/lib/metrics/working-hours";
import { hrefWith, type ViewParams } from "@/lib/view-params";

interface WorkingHoursSelectionPostsProps {
  viewer: Viewer;
  mission: MissionWorkingHours;
  period: Period;
  selection: WorkingHoursSelection;
  /** The URL's page of the list. */
  pageParam: string | undefined;
  pathname: string;
  keep: ViewParams;
}

/** The posts behind the chosen time class or heatmap cell, a page at a time. */
export async function WorkingHoursSelectionPosts({
  viewer,
  mission,
  period,
  selection,
  pageParam,
  pathname,
  keep,
}: WorkingHoursSelectionPostsProps) {
  const t = await getTranslations("workingHours");
  const page = Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1);
  const posts = await getWorkingHoursPosts(viewer, mission.id, period, selection, page);
  if (!posts) return null;
  const selectionKeep =
    selection.kind === "class"
      ? { ...keep, class: selection.timeClass }
      : { ...keep, weekday: String(selection.isoWeekday), hour: String(selection.hour) };
  const selectionLabel =
    selection.kind === "class"
      ? t(`class.${selection.timeClass}`)
      : t("cellSelection", {
          weekday: t(`weekday.${selection.isoWeekday}` as "weekday.1"),
          hour: formatMinuteOfDay(selection.hour * 60),
        });

  return (
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
        <PostTable
          posts={posts.items}
          timeZone={mission.settings.timeZone}
          accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, keep)}
        />
      )}
      <PostPagination
        page={posts.page}
        pageCount={posts.pageCount}
        href={(p) => `${hrefWith(pathname, selectionKeep, { page: String(p) })}#wh-posts`}
      />
    </section>
  );
}
