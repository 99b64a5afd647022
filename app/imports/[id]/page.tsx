import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportReport } from "@/components/imports/import-report";
import { ImportRunFacts } from "@/components/imports/import-run-facts";
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
  const t = await getTranslations("imports");
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
      <ImportRunFacts run={run} />
      <ImportReport run={run} headingLevel={2} />
    </div>
  );
}
