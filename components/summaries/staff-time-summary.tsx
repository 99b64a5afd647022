import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { QuarterSummary } from "@/lib/summaries/types";

/** The quarter's recorded staff time: who recorded it and the output per staff hour of those missions. */
export async function StaffTimeSummary({
  staffTime,
  postsQuery,
}: {
  staffTime: QuarterSummary["staffTime"];
  postsQuery: string;
}) {
  const t = await getTranslations("missionTargets");
  const format = await getFormatter();
  const num = (v: number | null | undefined, digits = 2) =>
    v === null || v === undefined ? t("none") : format.number(v, { maximumFractionDigits: digits });
  return (
    <section aria-labelledby="staff-time-summary-heading" data-testid="summary-staff-time">
      <h2 id="staff-time-summary-heading" className="mb-2 text-lg font-semibold">
        {t("summaryHeading")}
      </h2>
      <p className="text-sm" data-testid="summary-staff-time-recorded">
        {t("summaryRecorded", { recorded: staffTime.missions.length, total: staffTime.missionsInScope })}
      </p>
      {staffTime.ratios && (
        <>
          <p className="mt-1 text-sm" data-testid="summary-staff-time-ratios">
            {t("summaryRatios", {
              hours: num(staffTime.hours, 1),
              posts: format.number(staffTime.posts),
              postsPerHour: num(staffTime.ratios.postsPerHour),
              reactionsPerHour: num(staffTime.ratios.reactionsPerHour, 1),
            })}
          </p>
          <Table data-testid="summary-staff-time-missions">
            <thead>
              <tr>
                <Th>{t("summaryMission")}</Th>
                <Th className="text-right">{t("hours")}</Th>
              </tr>
            </thead>
            <tbody>
              {staffTime.missions.map((m) => (
                <tr key={m.id}>
                  <Td>
                    <Link
                      href={`/posts?${postsQuery}&mission=${encodeURIComponent(m.id)}`}
                      className="text-accent hover:underline"
                    >
                      {m.name}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{num(m.hours, 1)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
