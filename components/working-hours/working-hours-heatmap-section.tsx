import { getTranslations } from "next-intl/server";
import type { MissionWorkingHours } from "@/lib/data/working-hours";
import type { WorkingHoursSelection } from "@/lib/metrics/working-hours";
import { HourWeekdayHeatmap } from "./hour-weekday-heatmap";

/** The mission's posts by weekday and hour, each cell a link to its posts. */
export async function WorkingHoursHeatmapSection({
  mission,
  cellHref,
  selection,
}: {
  mission: MissionWorkingHours;
  cellHref: (weekday: number, hour: number) => string;
  selection: WorkingHoursSelection | null;
}) {
  const t = await getTranslations("workingHours");
  return (
    <section aria-labelledby="wh-heatmap">
      <h2 id="wh-heatmap" className="mb-2 text-lg font-semibold">
        {t("heatmapHeading")}
      </h2>
      <HourWeekdayHeatmap
        matrix={mission.summary.matrix}
        settings={mission.settings}
        cellHref={cellHref}
        selected={selection?.kind === "cell" ? selection : null}
      />
    </section>
  );
}
