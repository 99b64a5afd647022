import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/admin/audit-log";
import { openPage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { viewer, params } = await openPage({ path: "/admin/audit", searchParams, permission: "view:audit" });
  const t = await getTranslations("admin.audit");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <AuditLog viewer={viewer} page={params.page} />
    </>
  );
}
