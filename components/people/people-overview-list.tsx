import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { MissionPeople } from "@/lib/data/people";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { PeopleTable } from "./people-table";

/** Every visible mission's institutional and personal figures, each a link to the mission's page. */
export async function PeopleOverviewList({ missions, keep }: { missions: MissionPeople[]; keep: ViewParams }) {
  const t = await getTranslations("people");
  return missions.length === 0 ? (
    <Alert tone="info">{t("noMissions")}</Alert>
  ) : (
    <PeopleTable
      missions={missions}
      keep={keep}
      missionHref={(missionId) => hrefWith(`/people/${encodeURIComponent(missionId)}`, keep)}
    />
  );
}
