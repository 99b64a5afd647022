import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportReport } from "@/components/imports/import-report";
import { STATUS_TONES } from "@/components/imports/import-run-table";
import { Badge } from "@/components/ui/badge";
import { getImportRun } from "@/lib/data/imports";
import { openPage } from "@/lib/page-opening";
import { importRunIdSchema } from "@/lib/validations/imports";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportRunPage({ params }: { params: Params }) {
  const { id } = await params;
  const { viewer } = await openPage({ path: `/imports/${encodeURIComponent(id)}`, permission: "import:data" });
  const runId = importRunIdSchema.safeParse(id);
  if (!runId.success) notFound();
  const run = await getImportRun(viewer, runId.data);
  if (!run) notFound();
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  const formatName = t.has(`formats.${run.format}`) ? t(`formats.${run.format}`) : run.format;
  const facts: [string, React.ReactNode][] = [
    [t("runs.format"), formatName],
    [t("runs.account"), run.account ? <Link href={`/accounts/${run.account.id}`} className="text-accent underline">{run.account.platform} · {run.account.handle}</Link> : "—"],
    [t("runs.by"), run.actorName ?? t("runs.commandLine")],
    [t("run.via"), t(`run.viaValue.${run.via === "cli" ? "cli" : "web"}`)],
    [t("run.startedAt"), <time key="s" dateTime={run.startedAt.toISOString()}>{format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "medium" })}</time>],
    [t("run.finishedAt"), run.finishedAt ? <time key="f" dateTime={run.finishedAt.toISOString()}>{format.dateTime(run.finishedAt, { dateStyle: "medium", timeStyle: "medium" })}</time> : "—"],
    [t("run.size"), format.number(run.fileBytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 })],
    [t("run.hash"), <code key="h" className="break-all text-xs">{run.fileHash}</code>],
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/imports" className="text-accent underline">
          ← {t("run.back")}
        </Link>
      </p>
      <h1 className="break-all text-2xl font-semibold">{t("run.title", { fileName: run.fileName })}</h1>
      <p>
        <Badge tone={STATUS_TONES[run.status]}>{t(`runs.statusValue.${run.status}`)}</Badge>
      </p>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ImportReport run={run} />
    </div>
  );
}
