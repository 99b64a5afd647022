import { getTranslations } from "next-intl/server";
import type { MissionWorkingHours } from "@/lib/data/working-hours";
import type { TimeClass } from "@/lib/metrics/working-hours";
import { ClassSummary } from "./class-summary";

/** The mission's posts by time class (working hours, evenings, weekends, holidays). */
export async function WorkingHoursSummarySection({
  summary,
  classHref,
}: {
  summary: MissionWorkingHours["summary"];
  classHref: (timeClass: TimeClass) => string;
}) {
  const t = await getTranslations("workingHours");
  return (
    <section aria-labelledby="wh-summary">
      <h2 id="wh-summary" className="mb-2 text-lg font-semibold">
        {t("summaryHeading")}
      </h2>
      <ClassSummary summary={summary} classHref={classHref} />
      <p className="mt-2 text-xs text-muted">{t("repliesNote")}</p>
    </section>
  );
}
