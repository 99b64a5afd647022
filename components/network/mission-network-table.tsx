import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { NetworkMissionRow } from "@/lib/data/network";
import { pageSlice } from "@/lib/pagination";
import { DEFAULT_PAGE_SIZE } from "@/lib/validations/page-param";

interface MissionNetworkTableProps {
  missions: NetworkMissionRow[];
  /** The mission's own network view. */
  focusHref: (missionId: string) => string;
  /** The table's page: a large service's 300 missions in one table were most of the screen's weight. */
  page: number;
  pageHref: (change: { page: number }) => string;
}

/** Each mission's links with the other missions, partner missions and flagged accounts, a page at a time. */
export async function MissionNetworkTable({ missions, focusHref, page, pageHref }: MissionNetworkTableProps) {
  const t = await getTranslations("network");
  const format = await getFormatter();
  const number = (value: number) => format.number(value);
  const shown = pageSlice(missions, page, DEFAULT_PAGE_SIZE);
  return (
    <section aria-labelledby="network-missions-heading" className="mb-6">
      <h2 id="network-missions-heading" className="mb-1 text-lg font-semibold">
        {t("missionsHeading")}
      </h2>
      <p className="mb-2 text-sm text-muted">{t("missionsHint")}</p>
      <Table data-testid="network-missions">
        <thead>
          <tr>
            <Th>{t("column.mission")}</Th>
            <Th className="text-right">{t("column.accounts")}</Th>
            <Th className="text-right">{t("column.missionIn")}</Th>
            <Th className="text-right">{t("column.missionOut")}</Th>
            <Th className="text-right">{t("column.within")}</Th>
            <Th className="text-right">{t("column.partnerMissions")}</Th>
            <Th className="text-right">{t("column.reciprocalMissions")}</Th>
            <Th className="text-right">{t("column.isolated")}</Th>
            <Th className="text-right">{t("column.receiveOnly")}</Th>
          </tr>
        </thead>
        <tbody>
          {shown.items.map((m) => (
            <tr key={m.missionId} data-testid="network-mission-row" data-mission={m.slug}>
              <Td>
                <Link
                  href={focusHref(m.missionId)}
                  className="font-medium text-accent hover:underline"
                  title={t("focusLink", { mission: m.name })}
                >
                  {m.name}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{number(m.accounts)}</Td>
              <Td className="text-right tabular-nums" data-testid="mission-in">
                {number(m.linksIn)}
              </Td>
              <Td className="text-right tabular-nums" data-testid="mission-out">
                {number(m.linksOut)}
              </Td>
              <Td className="text-right tabular-nums">{number(m.linksWithin)}</Td>
              <Td className="text-right tabular-nums">{number(m.partnerMissions)}</Td>
              <Td className="text-right tabular-nums">{number(m.reciprocalPartnerMissions)}</Td>
              <Td className="text-right tabular-nums">{number(m.isolatedAccounts)}</Td>
              <Td className="text-right tabular-nums">{number(m.receiveOnlyAccounts)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={shown.page} pageCount={shown.pageCount} href={pageHref} testId="network-mission-pages" />
    </section>
  );
}
