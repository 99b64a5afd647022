import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { StaffTimeQuarter } from "@/lib/data/mission-targets";
import { quarterId, quarterLabel, type Quarter } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { StaffTimeForm } from "./mission-target-forms";

/** Recorded staff hours per quarter beside what the mission produced: output and response per staff hour. */
export async function StaffTimePanel({
  missionId,
  quarters,
  canRecord,
  postsHref,
}: {
  missionId: string;
  quarters: StaffTimeQuarter[];
  canRecord: boolean;
  postsHref: (quarter: Quarter) => string;
}) {
  const t = await getTranslations("missionTargets");
  const text = await getMessageText();
  const format = await getFormatter();
  const num = (v: number | null | undefined, digits = 1) =>
    v === null || v === undefined ? t("none") : format.number(v, { maximumFractionDigits: digits });
  const anyRecorded = quarters.some((q) => q.hours !== null);
  return (
    <section
      aria-labelledby="staff-time-heading"
      className="mb-6 rounded-lg border border-border bg-card p-4"
      data-testid="staff-time"
    >
      <h2 id="staff-time-heading" className="font-semibold">
        {t("staffTimeHeading")}
      </h2>
      <p className="mb-2 text-xs text-muted">{t("staffTimeExplained")}</p>
      {!anyRecorded && <p className="mb-2 text-sm text-muted">{t("noStaffTime")}</p>}
      <Table data-testid="staff-time-table">
        <caption className="sr-only">{t("staffTimeHeading")}</caption>
        <thead>
          <tr>
            <Th scope="col">{t("quarter")}</Th>
            <Th scope="col" className="text-right">
              {t("hours")}
            </Th>
            <Th scope="col" className="text-right">
              {t("posts")}
            </Th>
            <Th scope="col" className="text-right">
              {t("postsPerHour")}
            </Th>
            <Th scope="col" className="text-right">
              {t("engagementPerHour")}
            </Th>
            <Th scope="col" className="text-right">
              {t("reactionsPerHour")}
            </Th>
            <Th scope="col" className="text-right">
              {t("minutesPerPost")}
            </Th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={quarterId(q.quarter)} data-testid="staff-time-row" data-quarter={quarterId(q.quarter)}>
              <Td>
                {text(quarterLabel(q.quarter))}
                {q.toDate && <span className="block text-xs text-muted">{t("toDate")}</span>}
                {q.note && <span className="block text-xs text-muted">{q.note}</span>}
              </Td>
              <Td className="text-right tabular-nums" data-testid="staff-time-hours">
                {num(q.hours)}
              </Td>
              <Td className="text-right tabular-nums">
                <Link
                  href={postsHref(q.quarter)}
                  className="text-accent hover:underline"
                  data-testid="staff-time-posts"
                >
                  {format.number(q.posts)}
                </Link>
              </Td>
              <Td className="text-right tabular-nums" data-testid="staff-time-posts-per-hour">
                {num(q.ratios?.postsPerHour, 2)}
              </Td>
              <Td className="text-right tabular-nums">{num(q.ratios?.engagementPostsPerHour, 2)}</Td>
              <Td className="text-right tabular-nums">{num(q.ratios?.reactionsPerHour)}</Td>
              <Td className="text-right tabular-nums">{num(q.ratios?.minutesPerPost, 0)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {canRecord && (
        <StaffTimeForm
          missionId={missionId}
          quarters={quarters.map((q) => ({
            id: quarterId(q.quarter),
            label: text(quarterLabel(q.quarter)),
            hours: q.hours,
          }))}
        />
      )}
    </section>
  );
}
