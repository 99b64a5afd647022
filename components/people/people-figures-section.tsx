import { getTranslations } from "next-intl/server";
import type { MissionPeople } from "@/lib/data/people";
import type { ViewParams } from "@/lib/view-params";
import { SideBySide } from "./mission-people";

/** The institutional and personal accounts' figures side by side. */
export async function PeopleFiguresSection({ mission, keep }: { mission: MissionPeople; keep: ViewParams }) {
  const t = await getTranslations("people");
  return (
    <section aria-labelledby="people-figures" className="mb-8">
      <h2 id="people-figures" className="mb-2 text-lg font-semibold">
        {t("figuresHeading")}
      </h2>
      <SideBySide mission={mission} keep={keep} />
    </section>
  );
}
