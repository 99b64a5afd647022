import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { AccountSnapshotRow } from "@/lib/data/accounts";
import { formatIsoDay } from "@/lib/metrics/dates";

/** Every snapshot up to D: the figures behind the follower chart, and its accessible equivalent. */
export async function SnapshotTable({ snapshots }: { snapshots: AccountSnapshotRow[] }) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  const count = (value: number | null) =>
    value === null ? <span className="text-muted">{t("notRecorded")}</span> : format.number(value);
  return (
    <Table data-testid="snapshot-table">
      <caption className="sr-only">{t("snapshotsCaption")}</caption>
      <thead>
        <tr>
          <Th scope="col">{t("takenAt")}</Th>
          <Th scope="col" className="text-right">
            {t("followers")}
          </Th>
          <Th scope="col" className="text-right">
            {t("following")}
          </Th>
          <Th scope="col" className="text-right">
            {t("totalPosts")}
          </Th>
          <Th scope="col">{t("source")}</Th>
        </tr>
      </thead>
      <tbody>
        {snapshots.map((snapshot) => (
          <tr key={snapshot.takenAt.toISOString()} data-testid="snapshot-row">
            <Td className="whitespace-nowrap">
              <time dateTime={formatIsoDay(snapshot.takenAt)}>
                {format.dateTime(snapshot.takenAt, { dateStyle: "medium" })}
              </time>
            </Td>
            <Td className="text-right tabular-nums">{count(snapshot.followers)}</Td>
            <Td className="text-right tabular-nums">{count(snapshot.following)}</Td>
            <Td className="text-right tabular-nums">{count(snapshot.totalPosts)}</Td>
            <Td>{snapshot.source}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
