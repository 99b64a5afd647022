import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Viewer } from "@/lib/auth/permissions";
import { listAuditEntries } from "@/lib/data/users";
import { hrefWith } from "@/lib/view-params";
import { AuditLogTable } from "./audit-log-table";

/** The audit log, newest first, a page at a time. */
export async function AuditLog({ viewer, page }: { viewer: Viewer; page: string | undefined }) {
  const [t, log] = await Promise.all([getTranslations("admin.audit"), listAuditEntries(viewer, { page })]);
  return (
    <>
      <p className="mb-3 text-sm font-medium" data-testid="audit-total">
        {t("total", { count: log.total })}
      </p>
      {log.items.length === 0 ? <Alert tone="info">{t("empty")}</Alert> : <AuditLogTable entries={log.items} />}
      {log.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
          {log.page > 1 ? (
            <Link
              href={hrefWith("/admin/audit", {}, { page: String(log.page - 1) })}
              className="text-accent hover:underline"
            >
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span data-testid="page-of">{t("pageOf", { page: log.page, pages: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link
              href={hrefWith("/admin/audit", {}, { page: String(log.page + 1) })}
              className="text-accent hover:underline"
            >
              {t("next")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
