import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { shownChange } from "@/lib/metrics/period-change";
import { quarterId, type Quarter } from "@/lib/metrics/quarters";
import type { MissionMovement, QuarterSummary } from "@/lib/summaries/types";

async function MoversTable({
  movers,
  quarter,
  testId,
}: {
  movers: MissionMovement[];
  quarter: Quarter;
  testId: string;
}) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  if (movers.length === 0) return <p className="text-sm text-muted">{t("noMovers")}</p>;
  return (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th>{t("mission")}</Th>
          <Th className="text-right">{t("previousScore")}</Th>
          <Th className="text-right">{t("score")}</Th>
          <Th className="text-right">{t("change")}</Th>
        </tr>
      </thead>
      <tbody>
        {movers.map((m) => (
          <tr key={m.missionId} data-testid="mover-row" data-mission={m.missionId}>
            <Td>
              <Link
                href={`/summaries/${quarterId(quarter)}/missions/${encodeURIComponent(m.missionId)}`}
                className="text-accent hover:underline"
              >
                {m.missionName}
              </Link>
            </Td>
            {/* One decimal, as the change: 48.7 → 60.4 is +11.7, which 49 → 60 would not show. */}
            <Td className="text-right tabular-nums">
              {format.number(m.previousScore ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
            </Td>
            <Td className="text-right tabular-nums">
              {format.number(m.score ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
            </Td>
            <Td className="text-right tabular-nums" data-testid="mover-change">
              {/* The change of the two scores as printed: 57.7 → 57.7 is no change, not +0.1. */}
              {(() => {
                const shown = shownChange(m.score ?? 0, m.previousScore ?? 0, 1);
                return shown.direction === "same"
                  ? t("noChange")
                  : format.number(shown.change, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
              })()}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The missions whose health score rose and fell most against the previous quarter (a ministry's summary only). */
export async function SummaryMovers({ summary }: { summary: QuarterSummary }) {
  const t = await getTranslations("summaries");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="improved-heading">
        <h2 id="improved-heading" className="mb-2 text-lg font-semibold">
          {t("improvedHeading")}
        </h2>
        <MoversTable movers={summary.mostImproved} quarter={summary.quarter} testId="most-improved" />
      </section>
      <section aria-labelledby="declined-heading">
        <h2 id="declined-heading" className="mb-2 text-lg font-semibold">
          {t("declinedHeading")}
        </h2>
        <MoversTable movers={summary.mostDeclined} quarter={summary.quarter} testId="most-declined" />
      </section>
    </div>
  );
}
