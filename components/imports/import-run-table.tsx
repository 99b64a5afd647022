import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportRunListItem } from "@/lib/data/imports";
import type { ImportRunStatus } from "@/lib/import/run-import";

export const STATUS_TONES: Record<ImportRunStatus, BadgeTone> = {
  running: "info",
  succeeded: "success",
  rejected: "danger",
  failed: "danger",
  interrupted: "warning",
};

/** Who imported which file when, and what came of it; each row opens the run's full report. */
export function ImportRunTable({ runs }: { runs: ImportRunListItem[] }) {
  const t = useTranslations("imports.runs");
  const formats = useTranslations("imports.formats");
  const format = useFormatter();
  if (runs.length === 0) return <Alert tone="info">{t("empty")}</Alert>;
  const formatName = (value: string) => (formats.has(value) ? formats(value) : value);
  return (
    <Table>
      <thead>
        <tr>
          <Th scope="col">{t("started")}</Th>
          <Th scope="col">{t("file")}</Th>
          <Th scope="col">{t("account")}</Th>
          <Th scope="col">{t("status")}</Th>
          <Th scope="col" className="text-right">
            {t("read")}
          </Th>
          <Th scope="col" className="text-right">
            {t("created")}
          </Th>
          <Th scope="col" className="text-right">
            {t("updated")}
          </Th>
          <Th scope="col" className="text-right">
            {t("skipped")}
          </Th>
          <Th scope="col" className="text-right">
            {t("problems")}
          </Th>
          <Th scope="col">{t("by")}</Th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} data-testid="import-run-row" data-status={run.status}>
            <Td className="whitespace-nowrap">
              <Link href={`/imports/${run.id}`} className="text-accent underline">
                <time dateTime={run.startedAt.toISOString()}>
                  {format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </Link>
            </Td>
            <Td className="min-w-40">
              <span className="block break-all">{run.fileName}</span>
              <span className="block text-xs text-muted">{formatName(run.format)}</span>
            </Td>
            <Td className="whitespace-nowrap">
              {run.account ? (
                <Link href={`/accounts/${run.account.id}`} className="text-accent underline">
                  {run.account.platform} · {run.account.handle}
                </Link>
              ) : (
                "—"
              )}
            </Td>
            <Td>
              <Badge tone={STATUS_TONES[run.status]}>{t(`statusValue.${run.status}`)}</Badge>
            </Td>
            <Td className="text-right tabular-nums">{format.number(run.read)}</Td>
            <Td className="text-right tabular-nums" data-testid="import-run-created">
              {format.number(run.created)}
            </Td>
            <Td className="text-right tabular-nums">{format.number(run.updated)}</Td>
            <Td className="text-right tabular-nums">{format.number(run.skipped)}</Td>
            <Td className="text-right tabular-nums">{format.number(run.errorCount)}</Td>
            <Td className="whitespace-nowrap">
              {run.actorName ?? <span className="text-muted">{t("commandLine")}</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
