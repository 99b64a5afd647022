import { getFormatter, getTranslations } from "next-intl/server";
import { parseIsoDay } from "@/lib/metrics/dates";
import { formatMinuteOfDay } from "@/lib/metrics/working-hours";
import type { MissionWorkingHours } from "@/lib/data/working-hours";
import { AddHolidayForm, PasteHolidaysForm, RemoveHolidayButton, WorkingHoursForm } from "./working-hours-settings";

/** A mission's working hours, weekend days and public holidays: editable for HQ, read-only for everyone else. */
export async function WorkingHoursSettingsPanel({
  mission,
  canEdit,
}: {
  mission: MissionWorkingHours;
  canEdit: boolean;
}) {
  const t = await getTranslations("workingHours");
  const format = await getFormatter();
  const { settings } = mission;
  return (
    <section
      aria-labelledby="wh-settings"
      className="space-y-4 rounded-lg border border-border bg-card p-4"
      data-testid="working-hours-settings"
    >
      <h2 id="wh-settings" className="text-lg font-semibold">
        {t("settingsHeading")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t("timeZone")}</dt>
        <dd>{settings.timeZone}</dd>
        <dt className="text-muted">{t("hours")}</dt>
        <dd data-testid="settings-hours">
          {t("hoursValue", {
            start: formatMinuteOfDay(settings.workdayStartMinute),
            end: formatMinuteOfDay(settings.workdayEndMinute),
          })}
        </dd>
        <dt className="text-muted">{t("weekend")}</dt>
        <dd data-testid="settings-weekend">
          {settings.weekendDays.map((d) => t(`weekday.${d}` as "weekday.1")).join(", ")}
        </dd>
      </dl>
      {canEdit ? (
        <WorkingHoursForm
          missionId={mission.id}
          workdayStartMinute={settings.workdayStartMinute}
          workdayEndMinute={settings.workdayEndMinute}
          weekendDays={settings.weekendDays}
        />
      ) : (
        <p className="text-xs text-muted" data-testid="settings-read-only">
          {t("settingsReadOnly")}
        </p>
      )}
      <div>
        <h3 className="mb-2 font-semibold">{t("holidaysHeading")}</h3>
        {mission.holidays.length === 0 ? (
          <p className="text-sm text-muted">{t("holidaysNone")}</p>
        ) : (
          <ul className="max-h-72 space-y-1 overflow-y-auto text-sm" data-testid="holiday-list">
            {mission.holidays.map((h) => (
              <li
                key={h.day}
                className="flex items-baseline justify-between gap-2"
                data-testid="holiday"
                data-day={h.day}
              >
                <span>
                  <time dateTime={h.day} className="tabular-nums">
                    {format.dateTime(parseIsoDay(h.day) ?? new Date(0), { dateStyle: "medium", timeZone: "UTC" })}
                  </time>{" "}
                  {h.name}
                </span>
                {canEdit && <RemoveHolidayButton missionId={mission.id} day={h.day} name={h.name} />}
              </li>
            ))}
          </ul>
        )}
      </div>
      {canEdit && (
        <div className="space-y-4 border-t border-border pt-4">
          <AddHolidayForm missionId={mission.id} />
          <div>
            <h3 className="mb-1 font-semibold">{t("pasteHeading")}</h3>
            <PasteHolidaysForm missionId={mission.id} />
          </div>
        </div>
      )}
    </section>
  );
}
