import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ThemeSummary } from "@/lib/data/themes";

/** A theme's active window, and whether the period falls before, in or after it. */
export async function ThemeWindow({ theme }: { theme: Pick<ThemeSummary, "activeFrom" | "activeTo" | "windowState"> }) {
  const t = await getTranslations("themes.window");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const { activeFrom, activeTo, windowState } = theme;
  const dates =
    activeFrom && activeTo
      ? t("range", { from: day(activeFrom), to: day(activeTo) })
      : activeFrom
        ? t("from", { from: day(activeFrom) })
        : activeTo
          ? t("until", { to: day(activeTo) })
          : t("always");
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="theme-window" data-window={windowState}>
      <span>{dates}</span>
      {windowState === "ended" && <Badge>{t("ended")}</Badge>}
      {windowState === "notYet" && <Badge>{t("notYet")}</Badge>}
    </span>
  );
}
