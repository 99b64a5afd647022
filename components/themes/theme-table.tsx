import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ThemeOverviewRow } from "@/lib/data/themes";
import { languageName } from "./language-name";
import { ThemeWindow } from "./theme-window";

interface ThemeTableProps {
  themes: ThemeOverviewRow[];
  themeHref: (themeId: string) => string;
  postsHref: (themeId: string) => string;
}

/** Every theme with its window, rules, tagged posts in the period and the missions covering it. */
export async function ThemeTable({ themes, themeHref, postsHref }: ThemeTableProps) {
  const t = await getTranslations("themes");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Table data-testid="theme-table">
      <thead>
        <tr>
          <Th>{t("column.theme")}</Th>
          <Th className="text-right">{t("column.tagged")}</Th>
          <Th>{t("column.missions")}</Th>
          <Th>{t("column.window")}</Th>
          <Th>{t("column.rules")}</Th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => (
          <tr key={theme.id} data-testid="theme-row" data-theme={theme.slug} data-priority={theme.isPriority}>
            <Td>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={themeHref(theme.id)} className="font-medium text-accent hover:underline">
                  {theme.name}
                </Link>
                {theme.isPriority && <Badge tone="info">{t("priority")}</Badge>}
              </div>
            </Td>
            <Td className="text-right tabular-nums">
              <Link
                href={postsHref(theme.id)}
                className="hover:text-accent hover:underline"
                data-testid="tagged-posts"
                aria-label={t("taggedLinkLabel", { count: theme.taggedPosts, theme: theme.name })}
              >
                {format.number(theme.taggedPosts)}
              </Link>
            </Td>
            <Td>
              <Link
                href={themeHref(theme.id)}
                className="tabular-nums hover:text-accent hover:underline"
                data-testid="missions-covering"
              >
                {t("missionsOf", {
                  covering: format.number(theme.missionsCovering),
                  total: format.number(theme.missionsVisible),
                })}
              </Link>
              {theme.gapMissions > 0 && (
                <div className="mt-1">
                  <Badge tone="warning" title={t("gapsHint")} data-testid="gap-badge">
                    {t("gaps", { count: theme.gapMissions })}
                  </Badge>
                </div>
              )}
            </Td>
            <Td>
              <ThemeWindow theme={theme} />
            </Td>
            <Td className="whitespace-nowrap">
              {theme.keywordCounts.length === 0 ? (
                <span className="text-muted">{t("noRules")}</span>
              ) : (
                theme.keywordCounts.map((k) => (
                  <div key={k.language}>
                    {t("rules", { language: languageName(k.language, locale), count: k.count })}
                  </div>
                ))
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
