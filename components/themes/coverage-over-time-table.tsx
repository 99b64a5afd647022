import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { ThemeMonthlyCoverage } from "@/lib/data/themes";
import { pageSlice } from "@/lib/pagination";

/** Mission names stay readable and in view while the months scroll sideways on narrow screens. */
const ROW_HEADER =
  "sticky left-0 z-10 min-w-32 max-w-48 border-b border-border bg-card px-3 py-2 text-left align-top font-medium";

interface CoverageOverTimeTableProps {
  monthly: ThemeMonthlyCoverage;
  /** Month and year names, one per entry of monthly.months. */
  monthLabels: string[];
  missionHref: (missionId: string) => string;
  page: number;
  pageHref: (page: number) => string;
}

/** A ministry's 300 missions in one table made a page of megabytes. */
const OVER_TIME_PAGE_SIZE = 50;

/** The chart's figures as a table: tagged posts per mission and month, missions without any left out. */
export async function CoverageOverTimeTable({
  monthly,
  monthLabels,
  missionHref,
  page,
  pageHref,
}: CoverageOverTimeTableProps) {
  const t = await getTranslations("themes");
  const format = await getFormatter();
  const shown = monthly.missions.filter((m) => m.total > 0);
  const hidden = monthly.missions.length - shown.length;
  const rows = pageSlice(shown, page, OVER_TIME_PAGE_SIZE);
  const cell = (n: number) => (n === 0 ? <span className="text-muted">0</span> : format.number(n));
  return (
    <>
      <Table data-testid="coverage-over-time-table" className="text-xs">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <Th scope="col" className="sticky left-0 z-10 bg-card">
              {t("column.mission")}
            </Th>
            {monthly.months.map((month, i) => (
              <Th key={month} scope="col" className="px-2 text-right" title={monthLabels[i]}>
                <time dateTime={month}>
                  {format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: "short" })}
                  <span className="block font-normal">{month.slice(0, 4)}</span>
                </time>
              </Th>
            ))}
            <Th scope="col" className="px-2 text-right">
              {t("total")}
            </Th>
          </tr>
        </thead>
        <tbody>
          {rows.items.map((mission) => (
            <tr key={mission.id} data-testid="coverage-over-time-row">
              <th scope="row" className={ROW_HEADER}>
                <Link href={missionHref(mission.id)} className="text-accent hover:underline">
                  {mission.name}
                </Link>
              </th>
              {mission.counts.map((n, i) => (
                <Td key={monthly.months[i]} className="px-2 text-right tabular-nums">
                  {cell(n)}
                </Td>
              ))}
              <Td className="px-2 text-right font-medium tabular-nums">{format.number(mission.total)}</Td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className={ROW_HEADER}>
              {t("allMissions")}
            </th>
            {monthly.totals.map((n, i) => (
              <Td key={monthly.months[i]} className="px-2 text-right tabular-nums" data-testid="month-total">
                {cell(n)}
              </Td>
            ))}
            <Td className="px-2 text-right tabular-nums" data-testid="months-total">
              {format.number(monthly.totals.reduce((a, b) => a + b, 0))}
            </Td>
          </tr>
        </tfoot>
      </Table>
      <Pagination page={rows.page} pageCount={rows.pageCount} href={({ page: p }) => pageHref(p)} />
      {hidden > 0 && <p className="mt-2 text-xs text-muted">{t("hiddenMissions", { count: hidden })}</p>}
    </>
  );
}
