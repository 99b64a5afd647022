import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-4 text-muted">{t("notFound")}</p>
      <Link href="/" className="text-accent hover:underline">
        {t("home")}
      </Link>
    </div>
  );
}
