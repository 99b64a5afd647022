import { getFormatter, getTranslations } from "next-intl/server";
import type { MissionPeople } from "@/lib/data/people";
import type { Period } from "@/lib/metrics/dates";
import { HANDOVER_DROP_BELOW, HANDOVER_WINDOW_DAYS } from "@/lib/metrics/people";
import { HandoverPanel } from "./mission-people";

/** The institutional accounts' activity around each change of ambassador. */
export async function HandoverSection({ mission, period }: { mission: MissionPeople; period: Period }) {
  const t = await getTranslations("people");
  const format = await getFormatter();
  return (
    <section aria-labelledby="people-handover-heading" id="people-handover">
      <h2 id="people-handover-heading" className="mb-1 text-lg font-semibold">
        {t("handoverHeading")}
      </h2>
      <p className="mb-2 max-w-3xl text-xs text-muted">
        {t("handoverRule", {
          days: HANDOVER_WINDOW_DAYS,
          threshold: format.number(HANDOVER_DROP_BELOW, { style: "percent" }),
        })}
      </p>
      <HandoverPanel mission={mission} period={period} />
    </section>
  );
}
