import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import type { MissionWorkingHours } from "@/lib/data/working-hours";

/** The mission's working-hours heading and its time zone; a way back to every mission's for those who see them. */
export async function MissionWorkingHoursHeader({
  mission,
  backHref,
}: {
  mission: MissionWorkingHours;
  backHref: string | null;
}) {
  const t = await getTranslations("workingHours");
  return (
    <>
      {mission.isDemo && <DemoBanner />}
      {backHref && (
        <p className="mb-2 text-sm">
          <Link href={backHref} className="text-accent hover:underline">
            ← {t("backToOverview")}
          </Link>
        </p>
      )}
      <h1 className="mb-1 text-2xl font-semibold">{t("missionTitle", { mission: mission.name })}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {t("missionIntro", { timeZone: mission.settings.timeZone })} {t("precedence")}
      </p>
    </>
  );
}
