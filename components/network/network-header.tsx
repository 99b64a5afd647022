import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import type { AccountNetworkView } from "@/lib/data/network";

/** The network's heading, the ministry's or one mission's, and what the page shows to this viewer. */
export async function NetworkHeader({ view }: { view: AccountNetworkView }) {
  const t = await getTranslations("network");
  return (
    <>
      {view.hasDemoData && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">
        {view.focusMission ? t("focusTitle", { mission: view.focusMission.name }) : t("title")}
      </h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{view.anonymised ? t("ambassadorIntro") : t("intro")}</p>
    </>
  );
}
