import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { ThemeDetail } from "@/lib/data/themes";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import type { ThemeLinks } from "./theme-links";
import { MissionCoverageTable } from "./mission-coverage-table";

/** Each visible mission's coverage of the theme in the period. */
export async function ThemeMissionsSection({
  theme,
  links,
  keep,
  page,
}: {
  theme: ThemeDetail;
  links: ThemeLinks;
  keep: ViewParams;
  page: number;
}) {
  const t = await getTranslations("themes");
  return (
    <section aria-labelledby="missions-heading" className="mb-8">
      <h2 id="missions-heading" className="mb-1 text-lg font-semibold">
        {t("missionsHeading")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("missionsHelp")}</p>
      {theme.missions.length === 0 ? (
        <Alert tone="info">{t("noMissions")}</Alert>
      ) : (
        <MissionCoverageTable
          missions={theme.missions}
          inWindow={theme.inWindow}
          missionHref={links.missionHref}
          taggedHref={(missionId) => links.postsHref({ mission: missionId })}
          postsHref={(missionId) => hrefWith("/posts", keep, { mission: missionId })}
          page={page}
          pageHref={links.pageHref("page", "missions-heading")}
        />
      )}
    </section>
  );
}
