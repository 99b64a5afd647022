import type { HandoverView, MissionPeople, PeopleSideView } from "@/lib/data/people";
import { addDays, calendarDaysBetween, formatIsoDay, type Period } from "@/lib/metrics/dates";
import { hrefWith, type ViewParams } from "@/lib/view-params";

/**
 * Where each figure of the People & institutions screen clicks through to.
 * The institutional side is the mission's post list (institutional accounts
 * only, as every mission figure); the personal side is its account's list.
 * A figure spread over several accounts links to the mission's detail, where
 * each account and pair has its own link.
 */
export function sidePostsHref(
  mission: MissionPeople,
  side: PeopleSideView,
  keep: ViewParams,
  changes: ViewParams = {},
): string | null {
  if (side.side === "institutional") return hrefWith("/posts", keep, { mission: mission.id, ...changes });
  const only = side.accounts.length === 1 ? side.accounts[0]! : null;
  return only ? hrefWith("/posts", keep, { account: only.id, ...changes }) : null;
}

export function pairPostsHref(pair: { source: { id: string }; target: { handle: string } }, keep: ViewParams): string {
  return hrefWith("/posts", keep, { account: pair.source.id, with: pair.target.handle });
}

/** The one pair behind a side's amplification total, when there is exactly one. */
export function amplificationHref(side: PeopleSideView, keep: ViewParams): string | null {
  const pairs = side.amplifies.pairs;
  return pairs.length === 1 && pairs[0]!.posts === side.amplifies.posts ? pairPostsHref(pairs[0]!, keep) : null;
}

/** The institutional posts of one handover window: the mission's post list as of the window's last day, over its days. */
export function handoverWindowHref(
  mission: MissionPeople,
  handover: HandoverView,
  window: "before" | "after",
  period: Period,
): string {
  const range = handover.windows[window];
  let last = addDays(range.endExclusive, -1);
  if (last > period.asOf) last = period.asOf;
  const days = calendarDaysBetween(range.start, last) + 1;
  return hrefWith("/posts", {}, { mission: mission.id, asOf: formatIsoDay(last), period: String(days) });
}
