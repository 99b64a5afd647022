import { getFormatter, getTranslations } from "next-intl/server";
import { EngagementByMissionChart, WeeklyActivityChart } from "@/components/charts/lazy-charts";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { MissionHealth } from "@/lib/data/dashboard";
import type { WeeklyActivityPoint } from "@/lib/data/series";

const panel = "rounded-lg border border-border bg-card p-4";

/** Weekly posts by category, with the same figures as a table for screen readers and exact reading. */
export async function WeeklyActivityPanel({ weekly }: { weekly: WeeklyActivityPoint[] }) {
  const t = await getTranslations("charts");
  const format = await getFormatter();
  const partial = weekly.filter((w) => w.days < 7);
  return (
    <section className={panel} aria-labelledby="weekly-heading">
      <h2 id="weekly-heading" className="mb-2 font-semibold">
        {t("weeklyActivity")}
      </h2>
      <WeeklyActivityChart data={weekly} />
      {partial.length > 0 && (
        <p className="mt-1 text-xs text-muted" data-testid="partial-weeks">
          {t("partialWeeks", {
            weeks: format.list(
              partial.map((w) =>
                t("partialWeek", {
                  date: format.dateTime(new Date(`${w.week}T00:00:00Z`), { dateStyle: "medium" }),
                  days: w.days,
                }),
              ),
              { type: "conjunction" },
            ),
          })}
        </p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">{t("showTable")}</summary>
        <table className="mt-2 w-full text-xs" data-testid="weekly-table">
          <thead>
            <tr className="text-left text-muted">
              <th scope="col">{t("week")}</th>
              <th scope="col" className="text-right">
                {t("daysInPeriod")}
              </th>
              <th scope="col" className="text-right">
                {t("broadcast")}
              </th>
              <th scope="col" className="text-right">
                {t("engagement")}
              </th>
              <th scope="col" className="text-right">
                {t("amplification")}
              </th>
            </tr>
          </thead>
          <tbody>
            {weekly.map((w) => (
              <tr key={w.week}>
                <td>{format.dateTime(new Date(`${w.week}T00:00:00Z`), { dateStyle: "medium" })}</td>
                <td className="text-right tabular-nums">{format.number(w.days)}</td>
                <td className="text-right tabular-nums">{format.number(w.broadcast)}</td>
                <td className="text-right tabular-nums">{format.number(w.engagement)}</td>
                <td className="text-right tabular-nums">{format.number(w.amplification)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** Engagement against broadcast per mission, sorted, with the median; missions without posts are listed apart. */
export async function EngagementPanel({ missions, median }: { missions: MissionHealth[]; median: number | null }) {
  const t = await getTranslations("charts");
  const format = await getFormatter();
  const percent = (v: number) => format.number(v, SHARE_FORMAT);
  const withShare = missions
    .filter((m): m is MissionHealth & { engagementShare: number } => m.engagementShare !== null)
    .sort((a, b) => b.engagementShare - a.engagementShare);
  const without = missions.filter((m) => m.engagementShare === null);
  return (
    <section className={panel} aria-labelledby="engagement-heading">
      <h2 id="engagement-heading" className="mb-1 font-semibold">
        {t("engagementByMission")}
      </h2>
      <p className="mb-2 text-xs text-muted">
        {median === null ? t("noMedian") : t("medianNote", { value: percent(median) })}
      </p>
      <EngagementByMissionChart
        data={withShare.map((m) => ({
          mission: m.name,
          engagement: m.engagementShare,
          broadcast: 1 - m.engagementShare,
        }))}
        median={median}
      />
      {without.length > 0 && (
        <p className="mt-2 text-xs text-muted">
          {t("noPostsMissions", {
            count: without.length,
            names: format.list(
              without.map((m) => m.name),
              { type: "conjunction" },
            ),
          })}
        </p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">{t("showTable")}</summary>
        <table className="mt-2 w-full text-xs" data-testid="engagement-table">
          <thead>
            <tr className="text-left text-muted">
              <th scope="col">{t("mission")}</th>
              <th scope="col" className="text-right">
                {t("engagement")}
              </th>
              <th scope="col" className="text-right">
                {t("broadcast")}
              </th>
            </tr>
          </thead>
          <tbody>
            {withShare.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td className="text-right tabular-nums">{percent(m.engagementShare)}</td>
                <td className="text-right tabular-nums">{percent(1 - m.engagementShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
