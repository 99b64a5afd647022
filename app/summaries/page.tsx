import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { listQuartersWithData } from "@/lib/data/summaries";
import { quarterId, quarterLabel } from "@/lib/metrics/quarters";
import { openPage } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("summaries");
  return { title: t("indexTitle") };
}

/** Quarters with data, newest first; an ambassador's are their own mission's. */
export default async function SummariesPage() {
  const { viewer } = await openPage({ path: "/summaries" });
  const [t, quarters] = await Promise.all([getTranslations("summaries"), listQuartersWithData(viewer)]);
  const missionPath = viewer.role === "ambassador" && viewer.missionId ? `/missions/${encodeURIComponent(viewer.missionId)}` : "";
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("indexTitle")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("indexIntro")}</p>
      {!quarters || quarters.length === 0 ? (
        <Alert tone="info">{t("indexEmpty")}</Alert>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="quarter-list">
          {quarters.map((item) => (
            <li key={quarterId(item.quarter)}>
              <Link href={`/summaries/${quarterId(item.quarter)}${missionPath}`} className="block rounded-lg border border-border bg-card p-4 hover:border-accent" data-testid="quarter-link">
                <span className="block text-lg font-semibold">
                  {quarterLabel(item.quarter)} {item.toDate && <span className="text-sm font-normal text-muted">({t("toDate")})</span>}
                </span>
                <span className="text-sm text-muted">{t("postsInQuarter", { posts: item.posts })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
