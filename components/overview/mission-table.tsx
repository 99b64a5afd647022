import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/accounts/status-badge";
import { Term } from "@/components/glossary/term";
import { Table, Td, Th } from "@/components/ui/table";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { MissionRow, MissionSortKey, SortDirection } from "@/lib/data/mission-sort";
import type { GlossaryTerm } from "@/lib/glossary";
import { ACTIVITY_STATUSES } from "@/lib/metrics/activity-status";

interface MissionTableProps {
  missions: MissionRow[];
  sort: MissionSortKey;
  dir: SortDirection;
  sortHref: (key: MissionSortKey) => string;
  missionHref: (missionId: string) => string;
  postsHref: (missionId: string, category?: "engagement") => string;
}

/** Each column with the glossary term its header stands for, if any: the header link shows its definition. */
const COLUMNS: { key: MissionSortKey; label: string; numeric?: boolean; term?: GlossaryTerm }[] = [
  { key: "name", label: "mission" },
  { key: "status", label: "accounts", term: "activityStatus" },
  { key: "lastPost", label: "lastPost" },
  { key: "posts", label: "posts", numeric: true },
  { key: "engagement", label: "engagement", numeric: true, term: "engagementShare" },
  { key: "health", label: "health", numeric: true, term: "healthScore" },
];

/** Missions with their accounts' status, last post, posts in period and engagement share; sortable by URL. */
export async function MissionTable({ missions, sort, dir, sortHref, missionHref, postsHref }: MissionTableProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <Table data-testid="mission-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = column.key === sort;
            const linkClass = "inline-flex items-center gap-1 hover:text-foreground";
            const linkLabel = t("table.sortBy", { column: t(`table.${column.label}`) });
            const arrow = active && <span aria-hidden>{dir === "asc" ? "▲" : "▼"}</span>;
            return (
              <Th
                key={column.key}
                aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
                className={column.numeric ? "text-right" : undefined}
              >
                {column.term ? (
                  <Term
                    term={column.term}
                    href={sortHref(column.key)}
                    linkLabel={linkLabel}
                    className={linkClass}
                    suffix={arrow}
                  >
                    {t(`table.${column.label}`)}
                  </Term>
                ) : (
                  <Link href={sortHref(column.key)} className={linkClass} aria-label={linkLabel}>
                    {t(`table.${column.label}`)}
                    {arrow}
                  </Link>
                )}
              </Th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {missions.map((mission) => (
          <tr key={mission.id} className="hover:bg-background" data-testid="mission-row" data-mission={mission.slug}>
            <Td>
              <Link href={missionHref(mission.id)} className="font-medium text-accent hover:underline">
                {mission.name}
              </Link>
              <div className="text-xs text-muted">
                {t(`missionKind.${mission.kind}`)} · {[mission.city, mission.country].filter(Boolean).join(", ")}
              </div>
            </Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                {ACTIVITY_STATUSES.filter((s) => mission.statusCounts[s] > 0).map((status) =>
                  mission.statusCounts.total === 1 ? (
                    <StatusBadge key={status} status={status} />
                  ) : (
                    <StatusBadge key={status} status={status} count={mission.statusCounts[status]} />
                  ),
                )}
              </div>
            </Td>
            <Td data-testid="last-post">
              {mission.lastPostAt ? (
                <time dateTime={mission.lastPostAt.toISOString()} className="whitespace-nowrap">
                  {format.dateTime(mission.lastPostAt, { dateStyle: "medium" })}
                </time>
              ) : (
                <span className="text-muted">{t("table.never")}</span>
              )}
              {/* With several accounts the newest post hides a dormant one: each account not active shows its own. */}
              {mission.accounts.length > 1 &&
                mission.accounts
                  .filter((a) => a.activity.status !== "active")
                  .map((a) => (
                    <div
                      key={a.id}
                      className="text-xs text-muted"
                      data-testid="account-last-post"
                      data-account={a.handle}
                    >
                      {a.lastPostAt
                        ? t("table.accountLastPost", {
                            handle: a.handle,
                            status: t(`status.${a.activity.status}`),
                            date: format.dateTime(a.lastPostAt, { dateStyle: "medium" }),
                          })
                        : t("table.accountNeverPosted", { handle: a.handle })}
                    </div>
                  ))}
            </Td>
            <Td className="text-right tabular-nums" title={t("table.kindsHint")}>
              <Link href={postsHref(mission.id)} className="hover:text-accent hover:underline">
                {format.number(mission.postsInPeriod)}
              </Link>
              <div className="whitespace-nowrap text-xs text-muted">
                {t("table.kinds", {
                  broadcast: format.number(mission.counts.broadcast),
                  engagement: format.number(mission.counts.engagement),
                  amplification: format.number(mission.counts.amplification),
                })}
              </div>
            </Td>
            <Td className="text-right tabular-nums">
              {mission.engagementShare === null ? (
                t("table.none")
              ) : (
                <Link href={postsHref(mission.id, "engagement")} className="hover:text-accent hover:underline">
                  {format.number(mission.engagementShare, SHARE_FORMAT)}
                </Link>
              )}
            </Td>
            <Td className="text-right tabular-nums" data-testid="health-score">
              {mission.health ? (
                <Link href={missionHref(mission.id)} className="font-semibold hover:text-accent hover:underline">
                  {format.number(mission.health.score, { maximumFractionDigits: 1 })}
                </Link>
              ) : (
                t("table.none")
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** What the mission table's abbreviations stand for, said once under it. */
export async function MissionTableLegend() {
  const t = await getTranslations("table");
  return (
    <p className="mt-2 text-xs text-muted" data-testid="kinds-legend">
      {t.rich("kindsLegend", {
        broadcast: (chunks) => <Term term="broadcast">{chunks}</Term>,
        engagement: (chunks) => <Term term="engagement">{chunks}</Term>,
        amplification: (chunks) => <Term term="amplification">{chunks}</Term>,
      })}
    </p>
  );
}
