import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ThemeDetail } from "@/lib/data/themes";
import type { ThemeLinks } from "./theme-links";

/** How many posts carry the theme and how many missions cover it, with a link to all its posts. */
export async function ThemeSummaryLine({ theme, links }: { theme: ThemeDetail; links: ThemeLinks }) {
  const t = await getTranslations("themes");
  return (
    <p className="mb-6 text-sm" data-testid="theme-summary">
      {t("summary", { tagged: theme.taggedPosts, covering: theme.missionsCovering, total: theme.missionsVisible })}{" "}
      <Link href={links.postsHref()} className="font-medium text-accent hover:underline" data-testid="all-tagged">
        {t("allTagged")} →
      </Link>
    </p>
  );
}
