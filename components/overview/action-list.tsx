import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { SHARE_FORMAT } from "@/lib/number-formats";
import { HQ_ACTION_KINDS, dormancyWarningDays, type HqAction } from "@/lib/metrics/hq-actions";

interface ActionListProps {
  actions: readonly HqAction[];
  asOf: Date;
  thresholdDays: number;
  missionHref: (missionId: string) => string;
  accountHref: (accountId: string) => string;
}

/** The accounts that need HQ now, grouped by reason with the group's next step, each with its mission and the evidence. */
export async function ActionList({ actions, asOf, thresholdDays, missionHref, accountHref }: ActionListProps) {
  const [t, format] = await Promise.all([getTranslations("overview.actions"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const groups = HQ_ACTION_KINDS.map((kind) => ({ kind, items: actions.filter((a) => a.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <section
      aria-labelledby="actions-heading"
      className="mb-6 rounded-lg border border-border bg-card p-4"
      data-testid="hq-actions"
    >
      <h2 id="actions-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-muted">
        {t.rich("intro", {
          date: day(asOf),
          warning: dormancyWarningDays(thresholdDays),
          dormant: (chunks) => <Term term="dormant">{chunks}</Term>,
          silent: (chunks) => <Term term="silent">{chunks}</Term>,
        })}
      </p>
      {groups.length === 0 ? (
        <p data-testid="hq-actions-none">{t("none", { threshold: thresholdDays })}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {groups.map(({ kind, items }) => (
            <div key={kind} data-testid="hq-action-group" data-kind={kind}>
              <h3 className="text-sm font-semibold">{t(`group.${kind}`, { count: items.length })}</h3>
              {/* The step is the same for every account of a group: said once, not repeated per line. */}
              <p className="mb-1 text-sm text-muted" data-testid="hq-action-next">
                {t(`next.${kind}`, { count: items.length })}
              </p>
              <ul className="divide-y divide-border rounded-md border border-border">
                {items.map((action) => (
                  <li
                    key={`${kind}:${action.accountId}`}
                    className="px-3 py-2 text-sm"
                    data-testid="hq-action"
                    data-account={action.handle}
                  >
                    <div className="flex flex-wrap items-baseline gap-x-2">
                      <Link href={missionHref(action.missionId)} className="font-medium text-accent hover:underline">
                        {action.missionName}
                      </Link>
                      <Link
                        href={accountHref(action.accountId)}
                        className="break-all text-muted hover:text-accent hover:underline"
                      >
                        {t("account", { handle: action.handle, platform: action.platform })}
                      </Link>
                    </div>
                    <p data-testid="hq-action-evidence">{evidenceOf(t, action, day, format)}</p>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"overview.actions">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

function evidenceOf(t: T, action: HqAction, day: (date: Date) => string, format: Format): string {
  switch (action.kind) {
    case "dormant":
      return t("evidence.dormant", { date: day(action.lastPostAt), days: action.daysSinceLastPost });
    case "silent":
      return t("evidence.silent");
    case "goingDormant":
      return t("evidence.goingDormant", {
        date: day(action.lastPostAt),
        dormantOn: day(action.dormantOn),
        days: action.daysLeft,
      });
    case "private":
      return t("evidence.private");
    case "broadcasting":
      return t("evidence.broadcasting", {
        share: format.number(action.broadcastShare, SHARE_FORMAT),
      });
  }
}
