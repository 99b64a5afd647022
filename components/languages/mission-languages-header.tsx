import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import type { MissionLanguageDetail } from "@/lib/data/languages";

/** The mission's languages heading, its host languages and engagement target; a way back to every mission's for those who see them. */
export async function MissionLanguagesHeader({
  mission,
  hostNames,
  backHref,
}: {
  mission: MissionLanguageDetail;
  hostNames: string;
  backHref: string | null;
}) {
  const t = await getTranslations("languages");
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
      <p className="mb-2 max-w-3xl text-sm text-muted">
        {t("missionIntro", { languages: hostNames, target: t(`target.${mission.engagementTarget}`) })}
      </p>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("overlap")}</p>
    </>
  );
}
