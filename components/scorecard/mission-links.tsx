import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { quarterId, quarterOf } from "@/lib/metrics/quarters";
import { hrefWith, type ViewParams } from "@/lib/view-params";

/** The mission's other screens, at the same as-of date: its quarterly scorecard, posts, working hours and languages. */
export async function MissionLinks({ missionId, asOf, keep }: { missionId: string; asOf: Date; keep: ViewParams }) {
  const t = await getTranslations("scorecard.links");
  const id = encodeURIComponent(missionId);
  const quarter = quarterOf(asOf);
  const links = [
    { key: "summary", href: hrefWith(`/summaries/${quarterId(quarter)}/missions/${id}`, { asOf: keep.asOf }) },
    { key: "posts", href: hrefWith("/posts", keep, { mission: missionId }) },
    { key: "workingHours", href: hrefWith(`/working-hours/${id}`, keep) },
    { key: "languages", href: hrefWith(`/languages/${id}`, keep) },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-4" data-testid="mission-links">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} className="text-accent hover:underline" data-testid={`mission-link-${link.key}`}>
              {t(link.key, { quarter: quarter.quarter, year: quarter.year })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
