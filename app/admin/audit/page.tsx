import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import { listAuditEntries } from "@/lib/data/users";
import { openPage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

function detailText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export default async function AuditLogPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { viewer, params } = await openPage({ path: "/admin/audit", searchParams, permission: "view:audit" });
  const [t, format, log] = await Promise.all([getTranslations("admin.audit"), getFormatter(), listAuditEntries(viewer, { page: params.page })]);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <p className="mb-3 text-sm font-medium" data-testid="audit-total">
        {t("total", { count: log.total })}
      </p>
      {log.items.length === 0 ? (
        <Alert tone="info">{t("empty")}</Alert>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th scope="col">{t("time")}</Th>
              <Th scope="col">{t("actor")}</Th>
              <Th scope="col">{t("action")}</Th>
              <Th scope="col">{t("target")}</Th>
              <Th scope="col">{t("address")}</Th>
              <Th scope="col">{t("details")}</Th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((entry) => (
              <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <Td className="whitespace-nowrap">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</time>
                </Td>
                <Td>{entry.actorName ?? <span className="text-muted">{t("system")}</span>}</Td>
                <Td className="whitespace-nowrap">{actionLabel(entry.action)}</Td>
                <Td className="min-w-44">
                  {entry.targetUser ? (
                    <>
                      <span className="block">{entry.targetUser.name}</span>
                      <span className="block text-xs text-muted [overflow-wrap:anywhere]">{entry.targetUser.email}</span>
                    </>
                  ) : (
                    (entry.targetId ?? t("none"))
                  )}
                </Td>
                <Td className="whitespace-nowrap font-mono text-xs">{entry.address ?? t("none")}</Td>
                <Td className="min-w-56 text-xs">
                  {Object.keys(entry.details).length === 0 ? (
                    t("none")
                  ) : (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                      {Object.entries(entry.details).map(([key, value]) => (
                        <div key={key} className="contents">
                          <dt className="text-muted">{key}</dt>
                          <dd className="[overflow-wrap:anywhere]">{detailText(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {log.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
          {log.page > 1 ? (
            <Link href={hrefWith("/admin/audit", {}, { page: String(log.page - 1) })} className="text-accent hover:underline">
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span data-testid="page-of">{t("pageOf", { page: log.page, pages: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link href={hrefWith("/admin/audit", {}, { page: String(log.page + 1) })} className="text-accent hover:underline">
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
