import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InsightList } from "@/components/insights/insight-list";
import { openPage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("insights");
  return { title: t("title") };
}

export default async function InsightsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { keep } = await openPage({ path: "/insights", searchParams });
  const t = await getTranslations("insights");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <InsightList keep={keep} />
    </>
  );
}
