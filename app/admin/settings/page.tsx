import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { getMetricSettingsForEditing } from "@/lib/data/settings";
import { openPage } from "@/lib/page-opening";
import { settingsFormValues } from "@/lib/validations/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.settings");
  return { title: t("title") };
}

export default async function AdminSettingsPage() {
  // To anyone else the page does not exist, as /admin/users.
  const { viewer } = await openPage({ path: "/admin/settings", permission: "manage:settings" });
  const [t, settings] = await Promise.all([getTranslations("admin.settings"), getMetricSettingsForEditing(viewer)]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <p className="mb-6 text-sm">
        <Link href="/admin/audit" className="underline underline-offset-2">
          {t("auditLink")}
        </Link>
      </p>
      <div className="max-w-4xl">
        <SettingsForm values={settingsFormValues(settings)} />
      </div>
    </>
  );
}
