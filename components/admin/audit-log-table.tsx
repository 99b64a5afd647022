import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditListItem } from "@/lib/data/users";

function detailText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** One row per audit entry: when, who, what, to whom, from where, and its details. */
export async function AuditLogTable({ entries }: { entries: AuditListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("admin.audit"), getFormatter()]);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  return (
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
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
            <Td className="whitespace-nowrap">
              <time dateTime={entry.at.toISOString()}>
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
              </time>
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
  );
}
