import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/accounts/status-badge";
import { addDays, calendarDaysBetween, formatIsoDay } from "@/lib/metrics/dates";
import type { StatusInterval } from "@/lib/metrics/status-history";
import { cn } from "@/lib/utils";

const DOT: Record<StatusInterval["status"], string> = {
  active: "bg-emerald-500",
  dormant: "bg-amber-500",
  silent: "bg-rose-500",
};

/** The account's statuses over time, oldest first, each with its dates and length. */
export async function StatusHistoryList({ intervals, asOf }: { intervals: StatusInterval[]; asOf: Date }) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { year: "numeric", month: "long", day: "numeric" });
  return (
    <ol className="relative space-y-3 border-l-2 border-border pl-5" data-testid="status-history">
      {intervals.map((interval) => {
        // `to` is the first day of the next status; people read ranges by their last day.
        const lastDay = interval.to ? addDays(interval.to, -1) : null;
        const days = calendarDaysBetween(interval.from, interval.to ?? addDays(asOf, 1));
        const start = (chunks: ReactNode) => <time dateTime={formatIsoDay(interval.from)}>{chunks}</time>;
        return (
          <li
            key={interval.from.toISOString()}
            className="relative"
            data-testid="status-interval"
            data-status={interval.status}
          >
            <span
              aria-hidden="true"
              className={cn(
                "absolute -left-[27px] top-1.5 h-3 w-3 rounded-full ring-2 ring-card",
                DOT[interval.status],
              )}
            />
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <StatusBadge status={interval.status} />
              <span className="font-medium">
                {lastDay === null
                  ? t.rich("historySince", { from: day(interval.from), start })
                  : t.rich("historyRange", {
                      from: day(interval.from),
                      to: day(lastDay),
                      start,
                      end: (chunks) => <time dateTime={formatIsoDay(lastDay)}>{chunks}</time>,
                    })}
              </span>
              <span className="text-sm text-muted">
                {lastDay === null ? t("historyOpenDays", { days }) : t("historyDays", { days })}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
