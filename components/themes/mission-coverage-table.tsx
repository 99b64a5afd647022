import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { ThemeMissionCoverage } from "@/lib/data/themes";
import { pageSlice } from "@/lib/pagination";

interface MissionCoverageTableProps {
  missions: ThemeMissionCoverage[];
  /** Outside its active window a theme is not expected, so an uncovered mission is no gap. */
  inWindow: boolean;
  missionHref: (missionId: string) => string;
  /** The mission's posts with this theme in the period. */
  taggedHref: (missionId: string) => string;
  /** All the mission's posts in the period. */
  postsHref: (missionId: string) => string;
  page: number;
  pageHref: (page: number) => string;
}

/** A ministry's 300 missions in one table made a page of megabytes. */
const MISSION_COVERAGE_PAGE_SIZE = 50;

/** Each visible mission's tagged posts, share of its posts and gap status for one theme. */
export async function MissionCoverageTable({
  missions,
  inWindow,
  missionHref,
  taggedHref,
  postsHref,
  page,
  pageHref,
}: MissionCoverageTableProps) {
  const t = await getTranslations("themes");
  const format = await getFormatter();
  const rows = pageSlice(missions, page, MISSION_COVERAGE_PAGE_SIZE);
  return (
    <>
      <Table data-testid="mission-coverage-table">
        <thead>
          <tr>
            <Th>{t("column.mission")}</Th>
            <Th className="text-right">{t("column.tagged")}</Th>
            <Th className="text-right">{t("column.share")}</Th>
            <Th>{t("column.coverage")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.items.map((mission) => (
            <tr key={mission.id} data-testid="mission-coverage-row" data-mission={mission.slug}>
              <Td>
                <Link href={missionHref(mission.id)} className="font-medium text-accent hover:underline">
                  {mission.name}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">
                <Link
                  href={taggedHref(mission.id)}
                  className="hover:text-accent hover:underline"
                  data-testid="mission-tagged"
                >
                  {format.number(mission.taggedPosts)}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">
                {mission.share === null ? (
                  <span className="whitespace-nowrap text-muted">{t("noPosts")}</span>
                ) : (
                  <>
                    {format.number(mission.share, { style: "percent", maximumFractionDigits: 1 })}
                    <div className="text-xs text-muted">
                      <Link href={postsHref(mission.id)} className="hover:text-accent hover:underline">
                        {t("postsOfTotal", { total: mission.postsInPeriod })}
                      </Link>
                    </div>
                  </>
                )}
              </Td>
              <Td>
                {mission.isGap ? (
                  <Badge tone="warning" data-testid="gap">
                    <Term term="themeGap">{t("gap")}</Term>
                  </Badge>
                ) : mission.covered ? (
                  <Badge tone="success">{t("covered")}</Badge>
                ) : (
                  <span className="text-muted">{t(inWindow ? "notCovered" : "outsideWindow")}</span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={rows.page} pageCount={rows.pageCount} href={({ page: p }) => pageHref(p)} />
    </>
  );
}
