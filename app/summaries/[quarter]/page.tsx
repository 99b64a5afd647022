import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { MinistryQuarterSummary } from "@/components/summaries/ministry-quarter-summary";
import { QuarterSummarySkeleton } from "@/components/summaries/summary-skeleton";
import { quarterPeriodUpTo } from "@/lib/data/summaries";
import { getNewestActivityDay } from "@/lib/data/view-range";
import {
  parseQuarter,
  previousQuarter,
  quarterCoverage,
  quarterId,
  quarterLabel,
  shiftQuarter,
} from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { openPage } from "@/lib/page-opening";

type Params = Promise<{ quarter: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("summaries");
  const text = await getMessageText();
  const quarter = parseQuarter((await params).quarter);
  return { title: quarter ? t("title", { quarter: text(quarterLabel(quarter)) }) : t("indexTitle") };
}

export default async function QuarterSummaryPage({ params }: { params: Params }) {
  const { quarter: id } = await params;
  const quarter = parseQuarter(id);
  const { viewer } = await openPage({ path: `/summaries/${encodeURIComponent(id)}` });
  if (!quarter) notFound();
  // An ambassador's quarterly summary is their own mission's scorecard.
  if (viewer.role === "ambassador") {
    if (!viewer.missionId) notFound();
    redirect(`/summaries/${quarterId(quarter)}/missions/${encodeURIComponent(viewer.missionId)}`);
  }
  const [t, text, newest] = await Promise.all([getTranslations("summaries"), getMessageText(), getNewestActivityDay()]);
  // A quarter in progress says so in its title, with its days so far.
  const coverage = quarterCoverage(quarter, quarterPeriodUpTo(quarter, newest).period);
  return (
    <>
      <nav className="mb-2 flex flex-wrap gap-4 text-sm" aria-label={t("allQuarters")}>
        <Link href="/summaries" className="text-accent hover:underline">
          ← {t("allQuarters")}
        </Link>
        <Link href={`/summaries/${quarterId(previousQuarter(quarter))}`} className="text-accent hover:underline">
          {t("previousQuarter")}
        </Link>
        <Link href={`/summaries/${quarterId(shiftQuarter(quarter, 1))}`} className="text-accent hover:underline">
          {t("nextQuarter")}
        </Link>
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">{t("title", { quarter: text(quarterLabel(quarter, coverage)) })}</h1>
      <p className="mb-4 text-sm text-muted">{t("scopeMinistry")}</p>
      <Suspense key={quarterId(quarter)} fallback={<QuarterSummarySkeleton />}>
        <MinistryQuarterSummary viewer={viewer} quarter={quarter} />
      </Suspense>
    </>
  );
}
