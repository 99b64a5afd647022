import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { ThemeDetail } from "@/lib/data/themes";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { ThemeWindow } from "./theme-window";

/** The theme's name, priority, description and window; a way back to the themes. */
export async function ThemeHeader({ theme, keep }: { theme: ThemeDetail; keep: ViewParams }) {
  const t = await getTranslations("themes");
  return (
    <>
      {theme.hasDemoData && <DemoBanner />}
      <Link href={hrefWith("/themes", keep)} className="text-sm text-accent hover:underline">
        ← {t("back")}
      </Link>
      <div className="mb-1 mt-2 flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold">{theme.name}</h1>
        {theme.isPriority ? <Badge tone="info">{t("priority")}</Badge> : <Badge>{t("notPriority")}</Badge>}
      </div>
      {theme.description && <p className="mb-2 max-w-3xl">{theme.description}</p>}
      <p className="mb-2 text-sm">
        <span className="text-muted">{t("column.window")}:</span> <ThemeWindow theme={theme} />
      </p>
      {!theme.inWindow && (
        <Alert tone="info" className="mb-4" data-testid="outside-window">
          {t("window.outsideNote")}
        </Alert>
      )}
    </>
  );
}
