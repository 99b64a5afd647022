import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { QuarterSummary } from "@/lib/summaries/types";
import { summaryLinks } from "./summary-links";

/** Each theme's tagged posts and the missions covering it in the quarter; priority gaps flagged. */
export async function SummaryThemes({ summary }: { summary: QuarterSummary }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const { range, missionFilter } = summaryLinks(summary);
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading" className="mb-2 text-lg font-semibold">
        {t("themesHeading")}
      </h2>
      <Table data-testid="summary-themes">
        <thead>
          <tr>
            <Th>{t("theme")}</Th>
            <Th className="text-right">{t("taggedPosts")}</Th>
            <Th className="text-right">{t("missionsCovering")}</Th>
          </tr>
        </thead>
        <tbody>
          {summary.themes.map((theme) => (
            <tr key={theme.themeId} data-testid="summary-theme-row">
              <Td>
                <Link href={`/themes/${encodeURIComponent(theme.themeId)}?${range}`} className="text-accent underline">
                  {theme.name}
                </Link>{" "}
                {theme.isPriority && <Badge tone="info">{t("priority")}</Badge>}{" "}
                {!theme.inWindow && <span className="text-xs text-muted">({t("outOfWindow")})</span>}
                {theme.isPriority && theme.inWindow && theme.taggedPosts === 0 && (
                  <Badge tone="danger">
                    <Term term="themeGap">{t("gap")}</Term>
                  </Badge>
                )}
              </Td>
              <Td className="text-right tabular-nums">
                <Link
                  href={`/posts?${range}${missionFilter}&theme=${encodeURIComponent(theme.themeId)}`}
                  className="text-accent hover:underline"
                >
                  {format.number(theme.taggedPosts)}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">
                {t("coverageValue", { covered: theme.missionsCovering, total: theme.missionsInScope })}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
