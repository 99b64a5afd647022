import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionWorkingHours } from "@/lib/data/working-hours";
import { classShare, formatMinuteOfDay, outsideShare, type TimeClass } from "@/lib/metrics/working-hours";

const OUTSIDE_CLASSES = ["after_hours", "weekend", "holiday"] as const satisfies readonly TimeClass[];

/** Every visible mission by name, with its shares outside working time; each figure links to the posts behind it. */
export async function WorkingHoursTable({
  missions,
  missionHref,
}: {
  missions: MissionWorkingHours[];
  missionHref: (missionId: string, changes?: Record<string, string>) => string;
}) {
  const t = await getTranslations("workingHours");
  const format = await getFormatter();
  const percent = (value: number | null) =>
    value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const weekendNames = (days: readonly number[]) =>
    days.map((d) => t(`weekdayShort.${d}` as "weekdayShort.1")).join(", ");
  return (
    <Table data-testid="working-hours-table">
      <thead>
        <tr>
          <Th>{t("mission")}</Th>
          <Th>{t("hours")}</Th>
          <Th className="text-right">{t("posts")}</Th>
          <Th className="text-right">{t("postsOutside")}</Th>
          {OUTSIDE_CLASSES.map((c) => (
            <Th key={c} className="text-right">
              {t(`class.${c}`)}
            </Th>
          ))}
          <Th className="text-right">{t("repliesOutside")}</Th>
        </tr>
      </thead>
      <tbody>
        {missions.map((mission) => {
          const { posts, replies } = mission.summary;
          return (
            <tr key={mission.id} data-testid="working-hours-row" data-mission={mission.name}>
              <Td>
                <Link href={missionHref(mission.id)} className="font-medium text-accent hover:underline">
                  {mission.name}
                </Link>
                <div className="text-xs text-muted">{mission.settings.timeZone}</div>
              </Td>
              <Td className="whitespace-nowrap text-xs">
                {t("hoursValue", {
                  start: formatMinuteOfDay(mission.settings.workdayStartMinute),
                  end: formatMinuteOfDay(mission.settings.workdayEndMinute),
                })}
                <div className="text-muted">
                  {t("weekend")}: {weekendNames(mission.settings.weekendDays)}
                </div>
              </Td>
              <Td className="text-right tabular-nums" data-testid="posts-total">
                {format.number(posts.total)}
              </Td>
              <Td className="text-right tabular-nums">
                {posts.total === 0 ? (
                  <span className="text-muted">{t("noPosts")}</span>
                ) : (
                  <>
                    <span className="font-semibold" data-testid="share-outside">
                      {percent(outsideShare(posts))}
                    </span>
                    <div className="text-xs text-muted">
                      {t("countOf", {
                        count: format.number(posts.total - posts.working),
                        total: format.number(posts.total),
                      })}
                    </div>
                  </>
                )}
              </Td>
              {OUTSIDE_CLASSES.map((c) => (
                <Td key={c} className="text-right tabular-nums">
                  {posts[c] > 0 ? (
                    <Link
                      href={missionHref(mission.id, { class: c })}
                      className="text-accent hover:underline"
                      data-testid={`count-${c}`}
                    >
                      {percent(classShare(posts, c))} <span className="text-xs">({format.number(posts[c])})</span>
                    </Link>
                  ) : (
                    <span className="text-muted" data-testid={`count-${c}`}>
                      {posts.total === 0 ? "–" : percent(0)}
                    </span>
                  )}
                </Td>
              ))}
              <Td className="text-right tabular-nums">
                {replies.total === 0 ? (
                  <span className="text-muted">–</span>
                ) : (
                  <>
                    {percent(outsideShare(replies))}
                    <div className="text-xs text-muted">
                      {t("countOf", {
                        count: format.number(replies.total - replies.working),
                        total: format.number(replies.total),
                      })}
                    </div>
                  </>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
