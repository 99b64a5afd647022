import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/accounts/status-badge";
import { DemoBanner } from "@/components/layout/demo-banner";
import { AccountTable } from "@/components/missions/account-table";
import { WeeklyActivityPanel } from "@/components/overview/chart-panels";
import { Alert } from "@/components/ui/alert";
import type { MissionScorecard } from "@/lib/data/dashboard";
import { ACTIVITY_STATUSES } from "@/lib/metrics/activity-status";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { ThemeCoverageList } from "./theme-coverage-list";

type Mission = MissionScorecard["mission"];

/** The mission's name, kind and place; a way back to the overview for all but its ambassador. */
export async function ScorecardHeader({ mission, backHref }: { mission: Mission; backHref: string | null }) {
  const t = await getTranslations();
  return (
    <>
      {mission.isDemo && <DemoBanner />}
      {backHref && (
        <Link href={backHref} className="text-sm text-accent hover:underline">
          ← {t("mission.back")}
        </Link>
      )}
      <h1 className="mb-1 mt-2 text-2xl font-semibold">{mission.name}</h1>
      <p className="mb-4 text-sm text-muted">
        {t(`missionKind.${mission.kind}`)} · {[mission.city, mission.country].filter(Boolean).join(", ")}
        {mission.region ? ` · ${t("mission.region")}: ${mission.region}` : ""}
      </p>
    </>
  );
}

/** The mission's accounts by status, each with its figures and links to its posts. */
export async function ScorecardAccounts({
  mission,
  periodDays,
  keep,
}: {
  mission: Mission;
  periodDays: number;
  keep: ViewParams;
}) {
  const t = await getTranslations("mission");
  return (
    <section aria-labelledby="accounts-heading" className="mb-6">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          {t("accountsHeading")}
        </h2>
        {ACTIVITY_STATUSES.filter((s) => mission.statusCounts[s] > 0).map((status) => (
          <StatusBadge key={status} status={status} count={mission.statusCounts[status]} />
        ))}
      </div>
      <p className="mb-3 text-sm text-muted" data-testid="mission-summary">
        {t("summary", {
          total: mission.statusCounts.total,
          active: mission.statusCounts.active,
          dormant: mission.statusCounts.dormant,
          silent: mission.statusCounts.silent,
        })}
      </p>
      {mission.accounts.length === 0 ? (
        <Alert tone="info">{t("noAccounts")}</Alert>
      ) : (
        <AccountTable
          accounts={mission.accounts}
          periodDays={periodDays}
          accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, keep)}
          postsHref={(accountId, options) =>
            hrefWith("/posts", keep, {
              account: accountId,
              category: options?.category,
              since: options?.allTime ? "all" : undefined,
            })
          }
        />
      )}
    </section>
  );
}

/** Theme coverage beside the weekly activity. */
export async function ScorecardCoverage({ scorecard, keep }: { scorecard: MissionScorecard; keep: ViewParams }) {
  const t = await getTranslations("mission");
  const { mission } = scorecard;
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="mb-2 text-lg font-semibold">
          {t("coverageHeading")}
        </h2>
        <ThemeCoverageList
          coverage={mission.coverage}
          themes={scorecard.themes}
          postsHref={(themeId) => hrefWith("/posts", keep, { mission: mission.id, theme: themeId })}
          previewParams={(themeId) => ({ ...keep, mission: mission.id, theme: themeId })}
        />
      </section>
      <WeeklyActivityPanel weekly={scorecard.weekly} />
    </div>
  );
}
