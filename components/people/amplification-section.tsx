import { getTranslations } from "next-intl/server";
import type { MissionPeople } from "@/lib/data/people";
import type { ViewParams } from "@/lib/view-params";
import { AmplificationPanel } from "./mission-people";

/** How the mission's institutional and personal accounts amplify each other. */
export async function AmplificationSection({ mission, keep }: { mission: MissionPeople; keep: ViewParams }) {
  const t = await getTranslations("people");
  return (
    <section aria-labelledby="people-amplification-heading" id="people-amplification" className="mb-8">
      <h2 id="people-amplification-heading" className="mb-1 text-lg font-semibold">
        {t("amplificationHeading")}
      </h2>
      <p className="mb-2 max-w-3xl text-xs text-muted">{t("amplificationRule")}</p>
      <AmplificationPanel mission={mission} keep={keep} />
    </section>
  );
}
