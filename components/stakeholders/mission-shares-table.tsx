import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionCategoryShares } from "@/lib/data/stakeholders";

/** Each mission's engagement with outside accounts: how much, how much of it is labelled, and its largest category. */
export async function MissionSharesTable({
  missions,
  missionHref,
}: {
  missions: MissionCategoryShares[];
  missionHref: (missionId: string) => string;
}) {
  const t = await getTranslations("stakeholders");
  const format = await getFormatter();
  const percent = (share: number | null) =>
    share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 });
  return (
    <Table data-testid="mission-shares">
      <thead>
        <tr>
          <Th>{t("missions.mission")}</Th>
          <Th className="text-right">{t("missions.engagement")}</Th>
          <Th className="text-right">{t("missions.labelled")}</Th>
          <Th>{t("missions.top")}</Th>
        </tr>
      </thead>
      <tbody>
        {missions.map((mission) => {
          const unlabelled = mission.shares.find((s) => s.category === "unlabelled")?.share ?? null;
          const largest = mission.shares
            .filter((s) => s.category !== "unlabelled" && s.interactions > 0)
            .sort((a, b) => b.interactions - a.interactions)[0];
          return (
            <tr key={mission.missionId}>
              <Td>
                <Link href={missionHref(mission.missionId)} className="font-medium hover:text-accent hover:underline">
                  {mission.missionName}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{format.number(mission.engagementInteractions)}</Td>
              <Td className="text-right tabular-nums">{percent(unlabelled === null ? null : 1 - unlabelled)}</Td>
              <Td>{largest ? `${t(`category.${largest.category}`)} · ${percent(largest.share)}` : "–"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
