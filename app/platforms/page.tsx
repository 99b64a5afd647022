import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlatformMixView } from "@/components/platforms/platform-mix-view";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getPlatformMix } from "@/lib/data/platform-mix";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformMix");
  return { title: t("title") };
}

export default async function PlatformsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("platformMix");
  const { viewer, keep, range } = await openRangePage({ path: "/platforms", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/platforms" title={t("title")} />;
  const mix = await getPlatformMix(viewer, range.period, range.settings);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/platforms"
        keep={keep}
      />
      <PlatformMixView
        mix={mix}
        canEdit={can(viewer, "edit:mission-settings")}
        accountHref={(id) => hrefWith(`/accounts/${encodeURIComponent(id)}`, keep)}
      />
    </>
  );
}
