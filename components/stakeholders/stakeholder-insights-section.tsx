import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/permissions";
import { getStakeholderInsights } from "@/lib/data/stakeholders";
import type { Period } from "@/lib/metrics/dates";
import type { CategoryBucket } from "@/lib/metrics/stakeholders";
import { StakeholderInsightsPanel } from "./stakeholder-insights";

interface StakeholderInsightsSectionProps {
  viewer: Viewer;
  period: Period;
  /** The mission the page is narrowed to; null for the ministry's view. */
  mission: { id: string; name: string } | null;
  categoryHref: (category: CategoryBucket) => string;
  postsHref: (handle: string) => string;
}

/** The share of engagement per category and the top interlocutors, the ministry's or one mission's. */
export async function StakeholderInsightsSection({
  viewer,
  period,
  mission,
  categoryHref,
  postsHref,
}: StakeholderInsightsSectionProps) {
  const t = await getTranslations("stakeholders");
  const insights = await getStakeholderInsights(viewer, period, mission?.id ?? null);
  return (
    <StakeholderInsightsPanel
      insights={insights}
      heading={mission ? t("shares.missionHeading", { mission: mission.name }) : t("shares.heading")}
      categoryHref={categoryHref}
      postsHref={postsHref}
    />
  );
}
