import { getTranslations } from "next-intl/server";
import { FollowerChart } from "@/components/charts/lazy-charts";
import type { FollowerPoint } from "@/components/charts/follower-chart";
import { Alert } from "@/components/ui/alert";
import type { AccountDetail } from "@/lib/data/accounts";
import { formatIsoDay } from "@/lib/metrics/dates";
import { SnapshotTable } from "./snapshot-table";

/** The account's followers over time and the snapshots they come from. */
export async function AccountFollowersSection({ snapshots }: { snapshots: AccountDetail["snapshots"] }) {
  const t = await getTranslations("account");
  const followerSeries: FollowerPoint[] = snapshots.flatMap((s) =>
    s.followers === null ? [] : [{ date: formatIsoDay(s.takenAt), followers: s.followers }],
  );
  return (
    <section aria-labelledby="followers-heading" className="min-w-0">
      <h2 id="followers-heading" className="mb-3 text-lg font-semibold">
        {t("followersHeading")}
      </h2>
      <FollowerChart
        series={followerSeries}
        seriesLabel={t("followersSeries")}
        description={t("followersChart")}
        emptyLabel={t("followersEmpty")}
      />
      <h3 id="snapshots-heading" className="mb-2 mt-4 font-semibold">
        {t("snapshotsHeading")}
      </h3>
      {snapshots.length === 0 ? <Alert tone="info">{t("noSnapshots")}</Alert> : <SnapshotTable snapshots={snapshots} />}
    </section>
  );
}
