import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hrefWith, type ViewParams } from "@/lib/view-params";

/** The strategy insight screens; each keeps the as-of date and period of the link that led here. */
export const INSIGHT_SCREENS = [
  { key: "stakeholders", href: "/stakeholders" },
  { key: "network", href: "/network" },
  { key: "workingHours", href: "/working-hours" },
  { key: "languages", href: "/languages" },
  { key: "people", href: "/people" },
  { key: "platforms", href: "/platforms" },
] as const;

export async function InsightList({ keep }: { keep: ViewParams }) {
  const t = await getTranslations("insights");
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="insight-list">
      {INSIGHT_SCREENS.map((screen) => (
        <li key={screen.key} className="rounded-lg border border-border bg-card p-4">
          <Link href={hrefWith(screen.href, keep)} className="font-semibold text-accent hover:underline">
            {t(`screen.${screen.key}.title`)}
          </Link>
          <p className="mt-1 text-sm text-muted">{t(`screen.${screen.key}.description`)}</p>
        </li>
      ))}
      <li className="rounded-lg border border-border bg-card p-4">
        <span className="font-semibold">{t("screen.scorecard.title")}</span>
        <p className="mt-1 text-sm text-muted">{t("screen.scorecard.description")}</p>
      </li>
    </ul>
  );
}
