import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PostsPreview } from "@/components/posts/posts-preview";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { DashboardTheme } from "@/lib/data/dashboard";
import type { ThemeCoverage } from "@/lib/metrics/theme-coverage";

/** One mission's coverage of each theme in the period, gaps flagged, each count opening its posts. */
export async function ThemeCoverageList({
  coverage,
  themes,
  postsHref,
  previewParams,
}: {
  coverage: ThemeCoverage;
  themes: DashboardTheme[];
  postsHref: (themeId: string) => string;
  /** Query of GET /api/posts for a theme's drill-down panel. */
  previewParams: (themeId: string) => Record<string, string | undefined>;
}) {
  const t = await getTranslations("scorecard");
  const format = await getFormatter();
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  return (
    <Table data-testid="mission-theme-coverage">
      <caption className="sr-only">{t("coverageCaption")}</caption>
      <thead>
        <tr>
          <Th scope="col">{t("theme")}</Th>
          <Th scope="col" className="text-right">
            {t("taggedPosts")}
          </Th>
          <Th scope="col" className="text-right">
            {t("share")}
          </Th>
          <Th scope="col">{t("coverageStatus")}</Th>
        </tr>
      </thead>
      <tbody>
        {coverage.themes.map((entry) => {
          const theme = byId.get(entry.themeId);
          return (
            <tr key={entry.themeId} data-theme={theme?.slug}>
              <Td>
                {theme?.name}
                {entry.isPriority && (
                  <span className="ml-2 text-xs text-amber-700 dark:text-amber-300">{t("priority")}</span>
                )}
                {entry.taggedPosts > 0 && (
                  <PostsPreview params={previewParams(entry.themeId)} fullHref={postsHref(entry.themeId)} />
                )}
              </Td>
              <Td className="text-right tabular-nums">
                {entry.taggedPosts > 0 ? (
                  <Link href={postsHref(entry.themeId)} className="hover:text-accent hover:underline">
                    {format.number(entry.taggedPosts)}
                  </Link>
                ) : (
                  format.number(0)
                )}
              </Td>
              <Td className="text-right tabular-nums">
                {entry.share === null ? t("none") : format.number(entry.share, SHARE_FORMAT)}
              </Td>
              <Td>
                {entry.isGap ? (
                  <Badge tone="danger">
                    <Term term="themeGap">{t("gap")}</Term>
                  </Badge>
                ) : !entry.inWindow ? (
                  <Badge>{t("outOfWindow")}</Badge>
                ) : entry.covered ? (
                  <Badge tone="success">{t("covered")}</Badge>
                ) : (
                  <Badge>{t("notCovered")}</Badge>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
