import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionLanguages } from "@/lib/data/languages";
import type { Period } from "@/lib/metrics/dates";
import { languageNamer, languagePostsHref } from "./language-links";

/** A mission's own posts per language in the period, most first, each count linked to its posts. */
export async function LanguageBreakdownTable({ mission, period }: { mission: MissionLanguages; period: Period }) {
  const t = await getTranslations("languages");
  const format = await getFormatter();
  const name = languageNamer(await getLocale());
  const { shares } = mission;
  return (
    <Table data-testid="language-breakdown">
      <thead>
        <tr>
          <Th>{t("language")}</Th>
          <Th className="text-right">{t("posts")}</Th>
          <Th className="text-right">{t("share")}</Th>
        </tr>
      </thead>
      <tbody>
        {shares.byLanguage.map((row) => (
          <tr key={row.code} data-testid="language-row" data-language={row.code}>
            <Td>
              <span className="font-medium">{name(row.code)}</span>{" "}
              <span className="text-xs text-muted">{row.code}</span>
              <span className="ml-2 inline-flex flex-wrap gap-1">
                {row.isHost && <Badge tone="success">{t("role.host")}</Badge>}
                {row.isEnglish && <Badge tone="info">{t("role.english")}</Badge>}
                {row.isMinistry && <Badge>{t("role.ministry")}</Badge>}
              </span>
            </Td>
            <Td className="text-right tabular-nums">
              <Link
                href={languagePostsHref(mission.id, period, [row.code])}
                className="text-accent hover:underline"
                data-testid="language-posts"
              >
                {format.number(row.posts)}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">
              {format.number(row.share, { style: "percent", maximumFractionDigits: 0 })}
            </Td>
          </tr>
        ))}
        {shares.unknownPosts > 0 && (
          <tr data-testid="language-row" data-language="unknown">
            <Td className="text-muted">{t("unknown")}</Td>
            <Td className="text-right tabular-nums">
              <Link
                href={languagePostsHref(mission.id, period, ["unknown"])}
                className="text-accent hover:underline"
                data-testid="language-posts"
              >
                {format.number(shares.unknownPosts)}
              </Link>
            </Td>
            <Td className="text-right text-muted">–</Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
