import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { MissionWorkingHours } from "@/lib/data/working-hours";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { WorkingHoursTable } from "./working-hours-table";

/** Every visible mission's posts by time class, each figure a link to the mission's page. */
export async function WorkingHoursOverviewList({
  missions,
  keep,
}: {
  missions: MissionWorkingHours[];
  keep: ViewParams;
}) {
  const t = await getTranslations("workingHours");
  return (
    <>
      {missions.length === 0 ? (
        <Alert tone="info">{t("noMissions")}</Alert>
      ) : (
        <WorkingHoursTable
          missions={missions}
          missionHref={(missionId, changes = {}) =>
            hrefWith(`/working-hours/${encodeURIComponent(missionId)}`, keep, changes)
          }
        />
      )}
      <p className="mt-2 text-xs text-muted">{t("repliesNote")}</p>
    </>
  );
}
