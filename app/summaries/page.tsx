import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuarterList } from "@/components/summaries/quarter-list";
import { openPage } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("summaries");
  return { title: t("indexTitle") };
}

/** Quarters with data, newest first; an ambassador's are their own mission's. */
export default async function SummariesPage() {
  const { viewer } = await openPage({ path: "/summaries" });
  const t = await getTranslations("summaries");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("indexTitle")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("indexIntro")}</p>
      <QuarterList viewer={viewer} />
    </>
  );
}
