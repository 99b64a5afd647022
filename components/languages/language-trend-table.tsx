import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionLanguageDetail } from "@/lib/data/languages";
import { quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { languageNamer, languagePostsHref } from "./language-links";
import { ShareCells } from "./languages-table";

/** The text equivalent of the trend chart: per quarter, the own posts and the three shares, linked to their posts. */
export async function LanguageTrendTable({
  mission,
  ministryLanguage,
}: {
  mission: MissionLanguageDetail;
  ministryLanguage: string;
}) {
  const t = await getTranslations("languages");
  const text = await getMessageText();
  const format = await getFormatter();
  const name = languageNamer(await getLocale());
  return (
    <Table data-testid="language-trend-table">
      <thead>
        <tr>
          <Th>{t("quarter")}</Th>
          <Th className="text-right">{t("ownPosts")}</Th>
          <Th className="text-right">
            <Term term="hostLanguage">{t("hostShare")}</Term>
          </Th>
          <Th className="text-right">{t("englishShare")}</Th>
          <Th className="text-right">{t("ministryShare", { language: name(ministryLanguage) })}</Th>
          <Th className="text-right">{t("unknown")}</Th>
        </tr>
      </thead>
      <tbody>
        {mission.trend.map(({ quarter, period, toDate, shares }) => {
          const posts = (languages?: readonly string[]) => languagePostsHref(mission.id, period, languages);
          const label = text(quarterLabel(quarter));
          return (
            <tr key={label} data-testid="trend-row" data-quarter={label}>
              <Td className="whitespace-nowrap">
                {toDate
                  ? t("quarterToDate", { quarter: label, date: format.dateTime(period.asOf, { dateStyle: "medium" }) })
                  : label}
              </Td>
              <Td className="text-right tabular-nums">
                {shares.ownPosts > 0 ? (
                  <Link href={posts()} className="text-accent hover:underline" data-testid="own-posts">
                    {format.number(shares.ownPosts)}
                  </Link>
                ) : (
                  <span className="text-muted" data-testid="own-posts">
                    {format.number(0)}
                  </span>
                )}
              </Td>
              <ShareCells
                shares={shares}
                hostLanguages={mission.hostLanguages}
                ministryLanguage={ministryLanguage}
                postsHref={posts}
              />
              <Td className="text-right tabular-nums">
                {shares.unknownPosts > 0 ? (
                  <Link href={posts(["unknown"])} className="text-accent hover:underline">
                    {format.number(shares.unknownPosts)}
                  </Link>
                ) : (
                  <span className="text-muted">{format.number(0)}</span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
