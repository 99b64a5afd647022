import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { ThemeOverview } from "@/lib/data/themes";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { ThemeTable } from "./theme-table";

/** Every theme with its coverage in the period, each a link to its page and its posts. */
export async function ThemeList({ overview, keep }: { overview: ThemeOverview; keep: ViewParams }) {
  const t = await getTranslations("themes");
  if (overview.themes.length === 0) {
    return (
      <Alert tone="info" data-testid="no-themes">
        {t("empty")}
      </Alert>
    );
  }
  return (
    <>
      {overview.missionsVisible === 0 && (
        <Alert tone="info" className="mb-4">
          {t("noMissions")}
        </Alert>
      )}
      <ThemeTable
        themes={overview.themes}
        themeHref={(id) => hrefWith(`/themes/${encodeURIComponent(id)}`, keep)}
        postsHref={(id) => hrefWith("/posts", keep, { theme: id })}
      />
    </>
  );
}
