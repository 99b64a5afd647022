import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionPeople, PeopleSideView } from "@/lib/data/people";
import { PEOPLE_SIDES, type HandoverSignal } from "@/lib/metrics/people";
import type { ViewParams } from "@/lib/view-params";
import { amplificationHref, sidePostsHref } from "./people-links";

export const SIGNAL_TONE: Record<HandoverSignal, "danger" | "success" | "neutral"> = {
  drop: "danger",
  steady: "success",
  too_recent: "neutral",
};

function MaybeLink({ href, children, testId }: { href: string | null; children: React.ReactNode; testId?: string }) {
  return href ? (
    <Link href={href} className="text-accent hover:underline" data-testid={testId}>
      {children}
    </Link>
  ) : (
    <span data-testid={testId}>{children}</span>
  );
}

/** Missions with an ambassador's personal account, by name: both sides' figures, amplification both ways, the handover. */
export async function PeopleTable({
  missions,
  keep,
  missionHref,
}: {
  missions: MissionPeople[];
  keep: ViewParams;
  missionHref: (missionId: string) => string;
}) {
  const t = await getTranslations("people");
  const format = await getFormatter();
  const percent = (value: number | null) =>
    value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const decimal = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const amplifies = (mission: MissionPeople, side: PeopleSideView, testId: string) => (
    <MaybeLink
      href={
        side.amplifies.posts > 0
          ? (amplificationHref(side, keep) ?? `${missionHref(mission.id)}#people-amplification`)
          : null
      }
      testId={testId}
    >
      {t("amplifiesValue", { count: format.number(side.amplifies.posts), share: percent(side.amplifies.share) })}
    </MaybeLink>
  );
  return (
    <Table data-testid="people-table">
      <thead>
        <tr>
          <Th>{t("mission")}</Th>
          <Th>{t("personalAccounts")}</Th>
          <Th>{t("sideHeading")}</Th>
          <Th className="text-right">{t("posts")}</Th>
          <Th className="text-right">{t("engagementShare")}</Th>
          <Th className="text-right">{t("reactionsPerPost")}</Th>
          <Th className="text-right">{t("personalToInstitutional")}</Th>
          <Th className="text-right">{t("institutionalToPersonal")}</Th>
          <Th>{t("handover")}</Th>
        </tr>
      </thead>
      <tbody>
        {missions.map((mission) =>
          PEOPLE_SIDES.map((key, i) => {
            const side = mission[key];
            const first = i === 0;
            return (
              <tr key={`${mission.id}-${key}`} data-testid="people-row" data-mission={mission.name} data-side={key}>
                {first && (
                  <>
                    <Td rowSpan={2}>
                      <Link href={missionHref(mission.id)} className="font-medium text-accent hover:underline">
                        {mission.name}
                      </Link>
                    </Td>
                    <Td rowSpan={2} className="text-xs">
                      {mission.personal.accounts.map((a) => (
                        <div key={a.id}>
                          <Link href={`/accounts/${encodeURIComponent(a.id)}`} className="text-accent hover:underline">
                            @{a.handle}
                          </Link>{" "}
                          <span className="text-muted">{t(`status.${a.status}`)}</span>
                        </div>
                      ))}
                    </Td>
                  </>
                )}
                <Td className="whitespace-nowrap text-xs text-muted">{t(`sideShort.${key}`)}</Td>
                <Td className="text-right tabular-nums">
                  <MaybeLink
                    href={sidePostsHref(mission, side, keep) ?? missionHref(mission.id)}
                    testId={`posts-${key}`}
                  >
                    {format.number(side.figures.postsInPeriod)}
                  </MaybeLink>
                </Td>
                <Td className="text-right tabular-nums">
                  <MaybeLink
                    href={
                      side.figures.engagementShare === null
                        ? null
                        : sidePostsHref(mission, side, keep, { category: "engagement" })
                    }
                    testId={`share-${key}`}
                  >
                    {percent(side.figures.engagementShare)}
                  </MaybeLink>
                </Td>
                <Td className="text-right tabular-nums">
                  <MaybeLink href={side.figures.reactionsPerPost === null ? null : sidePostsHref(mission, side, keep)}>
                    {decimal(side.figures.reactionsPerPost)}
                  </MaybeLink>
                </Td>
                <Td className="text-right tabular-nums">
                  {key === "personal" ? amplifies(mission, side, "amplifies-personal") : ""}
                </Td>
                <Td className="text-right tabular-nums">
                  {key === "institutional" ? amplifies(mission, side, "amplifies-institutional") : ""}
                </Td>
                {first && (
                  <Td rowSpan={2} className="text-xs">
                    {mission.handovers.length === 0 ? (
                      <span className="text-muted">{t("noHandover")}</span>
                    ) : (
                      mission.handovers.map((h) => (
                        <div key={h.account.id} className="mb-1" data-testid="handover">
                          <Link href={`${missionHref(mission.id)}#people-handover`} className="hover:underline">
                            <Badge tone={SIGNAL_TONE[h.signal]}>{t(`signal.${h.signal}`)}</Badge>
                          </Link>{" "}
                          <span className="text-muted">{t("endedOn", { date: day(h.end) })}</span>
                        </div>
                      ))
                    )}
                  </Td>
                )}
              </tr>
            );
          }),
        )}
      </tbody>
    </Table>
  );
}
