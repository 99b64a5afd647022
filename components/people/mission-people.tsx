import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MissionPeople } from "@/lib/data/people";
import type { Period } from "@/lib/metrics/dates";
import { HANDOVER_WINDOW_DAYS, PEOPLE_SIDES } from "@/lib/metrics/people";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { handoverWindowHref, pairPostsHref, sidePostsHref } from "./people-links";
import { SIGNAL_TONE } from "./people-table";

async function formatters() {
  const format = await getFormatter();
  return {
    format,
    percent: (value: number | null) =>
      value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 }),
    decimal: (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 })),
    day: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" }),
  };
}

/** Both sides' accounts and figures in the period, each figure linked to its posts. */
export async function SideBySide({ mission, keep }: { mission: MissionPeople; keep: ViewParams }) {
  const t = await getTranslations("people");
  const { format, percent, decimal, day } = await formatters();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {PEOPLE_SIDES.map((key) => {
        const side = mission[key];
        const postsHref = sidePostsHref(mission, side, keep);
        return (
          <section
            key={key}
            className="rounded-lg border border-border bg-card p-4"
            data-testid={`side-${key}`}
            aria-labelledby={`side-${key}-heading`}
          >
            <h3 id={`side-${key}-heading`} className="mb-2 font-semibold">
              {t(`side.${key}`)}
            </h3>
            <ul className="mb-3 space-y-1 text-sm">
              {side.accounts.map((a) => (
                <li key={a.id}>
                  <Link href={`/accounts/${encodeURIComponent(a.id)}`} className="text-accent underline">
                    @{a.handle}
                  </Link>{" "}
                  <span className="text-xs text-muted">
                    {t(`status.${a.status}`)}
                    {a.openedAt && (
                      <>
                        {" · "}
                        {a.closedAt
                          ? t("openedClosed", { opened: day(a.openedAt), closed: day(a.closedAt) })
                          : t("openedOnly", { opened: day(a.openedAt) })}
                      </>
                    )}
                    {" · "}
                    {a.lastPostAt ? t("lastPost", { date: day(a.lastPostAt) }) : t("noPosts")}
                  </span>
                  {side.accounts.length > 1 && (
                    <span className="ml-1 text-xs">
                      <Link href={hrefWith("/posts", keep, { account: a.id })} className="text-accent hover:underline">
                        {format.number(a.postsInPeriod)}
                      </Link>
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <dl className="grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-xs text-muted">{t("posts")}</dt>
                <dd className="text-lg font-semibold tabular-nums">
                  {postsHref ? (
                    <Link href={postsHref} className="text-accent hover:underline" data-testid={`detail-posts-${key}`}>
                      {format.number(side.figures.postsInPeriod)}
                    </Link>
                  ) : (
                    <span data-testid={`detail-posts-${key}`}>{format.number(side.figures.postsInPeriod)}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-muted">{t("engagementShare")}</dt>
                <dd className="text-lg font-semibold tabular-nums">
                  {postsHref && side.figures.engagementShare !== null ? (
                    <Link
                      href={sidePostsHref(mission, side, keep, { category: "engagement" })!}
                      className="text-accent hover:underline"
                    >
                      {percent(side.figures.engagementShare)}
                    </Link>
                  ) : (
                    percent(side.figures.engagementShare)
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-muted">{t("reactionsPerPost")}</dt>
                <dd className="text-lg font-semibold tabular-nums">
                  {postsHref && side.figures.reactionsPerPost !== null ? (
                    <Link href={postsHref} className="text-accent hover:underline">
                      {decimal(side.figures.reactionsPerPost)}
                    </Link>
                  ) : (
                    decimal(side.figures.reactionsPerPost)
                  )}
                </dd>
              </div>
            </dl>
          </section>
        );
      })}
    </div>
  );
}

/** Amplification both ways: the side totals and each account pair, linked to the posts. */
export async function AmplificationPanel({ mission, keep }: { mission: MissionPeople; keep: ViewParams }) {
  const t = await getTranslations("people");
  const { format, percent } = await formatters();
  return (
    <Table data-testid="amplification-table">
      <thead>
        <tr>
          <Th>{t("from")}</Th>
          <Th>{t("to")}</Th>
          <Th className="text-right">{t("amplifyingPosts")}</Th>
          <Th className="text-right">{t("shareOfSide")}</Th>
        </tr>
      </thead>
      <tbody>
        {PEOPLE_SIDES.map((key) => {
          const side = mission[key];
          const other = key === "personal" ? "institutional" : "personal";
          return [
            <tr key={key} data-testid="amplification-side" data-side={key}>
              <Td className="font-medium">{t(`side.${key}`)}</Td>
              <Td className="font-medium">{t(`side.${other}`)}</Td>
              <Td className="text-right font-semibold tabular-nums" data-testid={`amplification-total-${key}`}>
                {format.number(side.amplifies.posts)}
              </Td>
              <Td className="text-right tabular-nums">{percent(side.amplifies.share)}</Td>
            </tr>,
            ...(side.amplifies.pairs.length === 0
              ? [
                  <tr key={`${key}-none`}>
                    <Td colSpan={4} className="text-xs text-muted">
                      {t("noAmplification")}
                    </Td>
                  </tr>,
                ]
              : side.amplifies.pairs.map((pair) => (
                  <tr key={`${pair.source.id}-${pair.target.id}`} data-testid="amplification-pair">
                    <Td className="pl-6 text-xs">@{pair.source.handle}</Td>
                    <Td className="text-xs">@{pair.target.handle}</Td>
                    <Td className="text-right tabular-nums">
                      <Link
                        href={pairPostsHref(pair, keep)}
                        className="text-accent hover:underline"
                        data-testid="amplification-pair-posts"
                      >
                        {format.number(pair.posts)}
                      </Link>
                    </Td>
                    <Td />
                  </tr>
                ))),
          ];
        })}
      </tbody>
    </Table>
  );
}

/** Each closed personal account: the mission's institutional posting before and after, with the signal. */
export async function HandoverPanel({ mission, period }: { mission: MissionPeople; period: Period }) {
  const t = await getTranslations("people");
  const { format, percent, decimal, day } = await formatters();
  if (mission.handovers.length === 0) return <Alert tone="info">{t("noHandovers")}</Alert>;
  const windowCell = (h: MissionPeople["handovers"][number], which: "before" | "after") => {
    const range = h.windows[which];
    const posts = which === "before" ? h.postsBefore : h.postsAfter;
    const rate = which === "before" ? h.ratePerMonthBefore : h.ratePerMonthAfter;
    return (
      <Td className="text-right tabular-nums">
        <Link
          href={handoverWindowHref(mission, h, which, period)}
          className="font-semibold text-accent hover:underline"
          data-testid={`handover-${which}`}
        >
          {format.number(posts)}
        </Link>
        <div className="text-xs text-muted">{t("perMonth", { rate: decimal(rate) })}</div>
        <div className="whitespace-nowrap text-xs text-muted">
          {t("windowDates", { start: day(range.start), end: day(new Date(range.endExclusive.getTime() - 86_400_000)) })}
        </div>
        {which === "after" && h.afterCutAtAsOf && <div className="text-xs text-muted">{t("cutAtAsOf")}</div>}
      </Td>
    );
  };
  return (
    <Table data-testid="handover-table">
      <thead>
        <tr>
          <Th>{t("account")}</Th>
          <Th>{t("end")}</Th>
          <Th className="text-right">{t("before", { days: HANDOVER_WINDOW_DAYS })}</Th>
          <Th className="text-right">{t("after", { days: HANDOVER_WINDOW_DAYS })}</Th>
          <Th className="text-right">{t("ratio")}</Th>
          <Th>{t("handover")}</Th>
        </tr>
      </thead>
      <tbody>
        {mission.handovers.map((h) => (
          <tr key={h.account.id} data-testid="handover-row">
            <Td>
              <Link href={`/accounts/${encodeURIComponent(h.account.id)}`} className="text-accent hover:underline">
                @{h.account.handle}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{day(h.end)}</Td>
            {windowCell(h, "before")}
            {windowCell(h, "after")}
            <Td className="text-right tabular-nums">{percent(h.ratio)}</Td>
            <Td>
              <Badge tone={SIGNAL_TONE[h.signal]} data-testid="handover-signal">
                {t(`signal.${h.signal}`)}
              </Badge>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
