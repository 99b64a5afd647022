import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The page's heading (the ministry's or one mission's) and intro; a way back to the ministry's view. */
export async function StakeholdersHeader({
  missionName,
  backHref,
}: {
  missionName: string | null;
  backHref: string | null;
}) {
  const t = await getTranslations("stakeholders");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">
        {missionName !== null ? t("missionTitle", { mission: missionName }) : t("title")}
      </h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      {backHref && (
        <p className="mb-2 text-sm">
          <Link href={backHref} className="underline">
            {t("backToMinistry")}
          </Link>
        </p>
      )}
    </>
  );
}
