import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/permissions";
import { getMissionCategoryShares } from "@/lib/data/stakeholders";
import type { Period } from "@/lib/metrics/dates";
import { MissionSharesTable } from "./mission-shares-table";

/** Each mission's shares of engagement per category (the ministry's view only). */
export async function MissionSharesSection({
  viewer,
  period,
  missionHref,
}: {
  viewer: Viewer;
  period: Period;
  missionHref: (missionId: string) => string;
}) {
  const t = await getTranslations("stakeholders");
  const missions = await getMissionCategoryShares(viewer, period);
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-semibold">{t("missions.heading")}</h2>
      <MissionSharesTable missions={missions} missionHref={missionHref} />
    </section>
  );
}
