import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Viewer } from "@/lib/auth/permissions";
import { listQuartersWithData } from "@/lib/data/summaries";
import { quarterId, quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";

/** The quarters with data, newest first, each a link to its summary; an ambassador's lead to their own mission's. */
export async function QuarterList({ viewer }: { viewer: Viewer }) {
  const [t, quarters] = await Promise.all([getTranslations("summaries"), listQuartersWithData(viewer)]);
  const text = await getMessageText();
  const missionPath =
    viewer.role === "ambassador" && viewer.missionId ? `/missions/${encodeURIComponent(viewer.missionId)}` : "";
  if (!quarters || quarters.length === 0) return <Alert tone="info">{t("indexEmpty")}</Alert>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="quarter-list">
      {quarters.map((item) => (
        <li key={quarterId(item.quarter)}>
          <Link
            href={`/summaries/${quarterId(item.quarter)}${missionPath}`}
            className="block rounded-lg border border-border bg-card p-4 hover:border-accent"
            data-testid="quarter-link"
          >
            <span className="block text-lg font-semibold">
              {text(quarterLabel(item.quarter))}
              {item.toDate && (
                <span className="block text-sm font-normal text-muted" data-testid="quarter-in-progress">
                  {t("inProgressShort", { days: item.coverage.days, quarterDays: item.coverage.quarterDays })}
                </span>
              )}
            </span>
            <span className="text-sm text-muted">{t("postsInQuarter", { posts: item.posts })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
