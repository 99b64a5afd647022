import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { QuarterSummary } from "@/lib/summaries/types";
import { summaryLinks } from "./summary-links";

/** Status changes listed on screen; a ministry's quarter can hold hundreds, all of them in the CSV. */
const STATUS_CHANGES_SHOWN = 25;

/** The accounts that went dormant or came back in the quarter. */
export async function SummaryStatusChanges({ summary, exportQuery }: { summary: QuarterSummary; exportQuery: string }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const { range, base } = summaryLinks(summary);
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading" className="mb-2 text-lg font-semibold">
        {t("statusHeading")}
      </h2>
      {summary.statusChanges.length === 0 ? (
        <Alert tone="info">{t("noStatusChanges")}</Alert>
      ) : (
        <Table data-testid="status-changes">
          <thead>
            <tr>
              <Th>{t("account")}</Th>
              <Th>{t("mission")}</Th>
              <Th>{t("statusChange")}</Th>
              <Th>{t("lastPost")}</Th>
            </tr>
          </thead>
          <tbody>
            {summary.statusChanges.slice(0, STATUS_CHANGES_SHOWN).map((c) => (
              <tr key={c.accountId} data-testid="status-change-row" data-change={c.change}>
                <Td>
                  <Link
                    href={`/accounts/${encodeURIComponent(c.accountId)}?${range}`}
                    className="text-accent hover:underline"
                  >
                    {c.platform} · @{c.handle}
                  </Link>
                </Td>
                <Td>{c.missionName}</Td>
                <Td>
                  <Badge tone={c.change === "went_dormant" ? "warning" : "success"}>{t(`change_${c.change}`)}</Badge>
                </Td>
                <Td className="whitespace-nowrap">
                  {c.lastPostAt
                    ? format.dateTime(c.lastPostAt, { dateStyle: "medium", timeZone: "UTC" })
                    : t("noValue")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {summary.statusChanges.length > STATUS_CHANGES_SHOWN && (
        <p className="mt-2 text-sm text-muted" data-testid="status-changes-capped">
          {t.rich("statusChangesCapped", {
            shown: format.number(STATUS_CHANGES_SHOWN),
            total: format.number(summary.statusChanges.length),
            dormant: format.number(summary.statusChanges.filter((c) => c.change === "went_dormant").length),
            back: format.number(summary.statusChanges.filter((c) => c.change === "came_back").length),
            csv: (chunks) => (
              <a
                className="text-accent underline"
                href={`${base}/export.csv?table=status-changes${exportQuery.replace(/^\?/, "&")}`}
              >
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
    </section>
  );
}
