import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { classifyLocalTime, formatMinuteOfDay, type WorkingTimeSettings } from "@/lib/metrics/working-hours";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * The hour × weekday matrix as a table: every cell carries its number (so it
 * reads without colour), colour intensity grows with the count, and cells
 * outside working hours or on weekend days are marked.
 */
export async function HourWeekdayHeatmap({
  matrix,
  settings,
  cellHref,
  selected,
}: {
  matrix: number[][];
  settings: WorkingTimeSettings;
  cellHref: (isoWeekday: number, hour: number) => string;
  selected: { isoWeekday: number; hour: number } | null;
}) {
  const t = await getTranslations("workingHours");
  const format = await getFormatter();
  const max = Math.max(1, ...matrix.flat());
  // Holidays are days, not hours of a week: the shading shows the weekly pattern only.
  const weekly = { ...settings, holidays: new Set<string>() };
  const outside = (isoWeekday: number, hour: number) =>
    classifyLocalTime({ day: "", isoWeekday, hour, minute: 0, minuteOfDay: hour * 60 }, weekly) !== "working";
  return (
    // Focusable: the keyboard must be able to scroll it sideways on a phone.
    <div tabIndex={0} className="w-full overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full border-collapse text-xs" data-testid="heatmap">
        <caption className="p-2 text-left text-sm text-muted">
          {t("heatmapCaption", { timeZone: settings.timeZone })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-semibold text-muted">
              {t("hourLabel")}
            </th>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="px-1 py-1 text-center font-semibold text-muted">
                <abbr title={t(`weekday.${d}`)}>{t(`weekdayShort.${d}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => (
            <tr key={hour}>
              <th scope="row" className="px-2 py-0.5 text-left font-normal tabular-nums text-muted">
                {formatMinuteOfDay(hour * 60)}
              </th>
              {WEEKDAYS.map((d) => {
                const count = matrix[d - 1]?.[hour] ?? 0;
                const isOutside = outside(d, hour);
                const isSelected = selected?.isoWeekday === d && selected.hour === hour;
                const label = `${t("cellLabel", { count, weekday: t(`weekday.${d}`), hour: formatMinuteOfDay(hour * 60) })}${isOutside ? `, ${t("outsideCell")}` : ""}`;
                return (
                  <td
                    key={d}
                    className={`border border-border p-0 text-center tabular-nums ${isOutside ? "heatmap-outside" : ""} ${isSelected ? "outline outline-2 outline-accent" : ""}`}
                    style={{
                      backgroundColor:
                        // At most 60 % blue: the count stays readable in the text colour on the darkest cell (axe color-contrast).
                        count > 0 ? `rgb(37 99 235 / ${(0.1 + 0.5 * (count / max)).toFixed(2)})` : undefined,
                      backgroundImage:
                        isOutside && count === 0
                          ? "repeating-linear-gradient(45deg, transparent 0 4px, rgb(148 163 184 / 0.25) 4px 5px)"
                          : undefined,
                    }}
                    data-testid="heatmap-cell"
                    data-weekday={d}
                    data-hour={hour}
                    data-count={count}
                    data-outside={isOutside ? "true" : "false"}
                  >
                    {count > 0 ? (
                      <Link
                        href={cellHref(d, hour)}
                        aria-label={label}
                        className={`block px-1 py-0.5 ${count / max > 0.5 ? "font-semibold" : ""}`}
                      >
                        {format.number(count)}
                      </Link>
                    ) : (
                      <span className="block px-1 py-0.5 text-muted">
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">{label}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
