import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionLanguages } from "@/lib/data/languages";
import type { Period } from "@/lib/metrics/dates";
import { ENGLISH } from "@/lib/metrics/languages";
import { languageNamer, languagePostsHref } from "./language-links";

/** One share with its count, linked to the posts behind it; "–" when no language is known. */
export async function ShareCell({
  share,
  count,
  href,
  testId,
}: {
  share: number | null;
  count: number;
  href: string;
  testId: string;
}) {
  const t = await getTranslations("languages");
  const format = await getFormatter();
  if (share === null)
    return (
      <span className="text-muted" data-testid={testId}>
        –
      </span>
    );
  const label = t("shareValue", {
    share: format.number(share, { style: "percent", maximumFractionDigits: 0 }),
    count: format.number(count),
  });
  return count > 0 ? (
    <Link href={href} className="text-accent hover:underline" data-testid={testId} data-count={count}>
      {label}
    </Link>
  ) : (
    <span data-testid={testId} data-count={0}>
      {label}
    </span>
  );
}

/** The host-vernacular, English and ministry-language cells of a row, each linked to its posts. */
export function ShareCells({
  shares,
  hostLanguages,
  ministryLanguage,
  postsHref,
}: {
  shares: {
    hostShare: number | null;
    hostPosts: number;
    englishShare: number | null;
    englishPosts: number;
    ministryShare: number | null;
    ministryPosts: number;
  };
  hostLanguages: readonly string[];
  ministryLanguage: string;
  postsHref: (languages: readonly string[]) => string;
}) {
  return (
    <>
      <Td className="text-right tabular-nums">
        <ShareCell
          share={shares.hostShare}
          count={shares.hostPosts}
          href={postsHref(hostLanguages)}
          testId="host-share"
        />
      </Td>
      <Td className="text-right tabular-nums">
        <ShareCell
          share={shares.englishShare}
          count={shares.englishPosts}
          href={postsHref([ENGLISH])}
          testId="english-share"
        />
      </Td>
      <Td className="text-right tabular-nums">
        <ShareCell
          share={shares.ministryShare}
          count={shares.ministryPosts}
          href={postsHref([ministryLanguage])}
          testId="ministry-share"
        />
      </Td>
    </>
  );
}

/** Every visible mission with its own posts' language shares; each figure links to the posts behind it. */
export async function LanguagesTable({
  missions,
  period,
  ministryLanguage,
  missionHref,
}: {
  missions: MissionLanguages[];
  period: Period;
  ministryLanguage: string;
  missionHref: (missionId: string) => string;
}) {
  const t = await getTranslations("languages");
  const format = await getFormatter();
  const name = languageNamer(await getLocale());
  return (
    <Table data-testid="languages-table">
      <thead>
        <tr>
          <Th>{t("mission")}</Th>
          <Th className="text-right">{t("ownPosts")}</Th>
          <Th className="text-right">
            <Term term="hostLanguage">{t("hostShare")}</Term>
          </Th>
          <Th className="text-right">{t("englishShare")}</Th>
          <Th className="text-right">{t("ministryShare", { language: name(ministryLanguage) })}</Th>
          <Th className="text-right">{t("unknown")}</Th>
          <Th>{t("flag")}</Th>
        </tr>
      </thead>
      <tbody>
        {missions.map((mission) => {
          const { shares } = mission;
          const posts = (languages?: readonly string[]) => languagePostsHref(mission.id, period, languages);
          return (
            <tr
              key={mission.id}
              data-testid="languages-row"
              data-mission={mission.name}
              data-flagged={mission.noHostVernacular}
            >
              <Td>
                <Link href={missionHref(mission.id)} className="font-medium text-accent hover:underline">
                  {mission.name}
                </Link>
                <div className="text-xs text-muted">
                  {t("hostLanguages")}:{" "}
                  {mission.hostLanguages.length > 0 ? mission.hostLanguages.map(name).join(", ") : t("noHostLanguages")}
                </div>
              </Td>
              <Td className="text-right tabular-nums">
                {shares.ownPosts > 0 ? (
                  <Link href={posts()} className="text-accent hover:underline" data-testid="own-posts">
                    {format.number(shares.ownPosts)}
                  </Link>
                ) : (
                  <span className="text-muted" data-testid="own-posts">
                    {t("noPosts")}
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
                  <Link href={posts(["unknown"])} className="text-accent hover:underline" data-testid="unknown-posts">
                    {format.number(shares.unknownPosts)}
                  </Link>
                ) : (
                  <span className="text-muted" data-testid="unknown-posts">
                    {format.number(0)}
                  </span>
                )}
              </Td>
              <Td>
                {mission.noHostVernacular && (
                  <Badge tone="warning" data-testid="flag-no-host-vernacular">
                    {t("flagNoHostVernacular")}
                  </Badge>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
