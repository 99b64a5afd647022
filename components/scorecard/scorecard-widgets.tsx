import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import type { StaffTimeQuarter } from "@/lib/data/mission-targets";
import { quarterPeriodUpTo } from "@/lib/data/summaries";
import { formatIsoDay } from "@/lib/metrics/dates";
import type { Quarter } from "@/lib/metrics/quarters";
import { hrefWith } from "@/lib/view-params";
import { StaffTimePanel } from "./staff-time-panel";

/**
 * The page starts these reads before it waits for the scorecard, so that
 * they run alongside it; a failure is left to the widget that awaits it.
 */
export function startedRead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => {});
  return read;
}

/** The link to the mission's personal accounts, when it has any. */
export async function PeopleLink({
  hasPersonalAccounts,
  href,
}: {
  hasPersonalAccounts: Promise<boolean>;
  href: string;
}) {
  if (!(await hasPersonalAccounts)) return null;
  const t = await getTranslations("people");
  return (
    <p className="mb-4 text-sm">
      <Link href={href} className="text-accent hover:underline" data-testid="people-link">
        {t("scorecardLink")}
      </Link>
    </p>
  );
}

/** The mission's recorded staff time for the last quarters up to the as-of date. */
export async function MissionStaffTime({
  quarters,
  missionId,
  asOf,
  canRecord,
}: {
  quarters: Promise<StaffTimeQuarter[] | null>;
  missionId: string;
  asOf: Date;
  canRecord: boolean;
}) {
  const staffTime = await quarters;
  // Null only for a mission the viewer may not see, which the page has already answered as not found.
  if (!staffTime) return null;
  // A quarter's posts, cut at the as-of date like its figures.
  const quarterPostsHref = (quarter: Quarter) => {
    const { period } = quarterPeriodUpTo(quarter, asOf);
    return hrefWith("/posts", {}, { mission: missionId, asOf: formatIsoDay(period.asOf), period: String(period.days) });
  };
  return (
    <StaffTimePanel missionId={missionId} quarters={staffTime} canRecord={canRecord} postsHref={quarterPostsHref} />
  );
}

export function StaffTimeSkeleton() {
  const t = useTranslations("loading");
  return (
    <SkeletonRegion label={t("section")} className="space-y-2">
      <Skeleton className="h-6 w-48" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </SkeletonRegion>
  );
}
