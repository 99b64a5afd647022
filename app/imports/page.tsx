import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CsvTemplates } from "@/components/imports/csv-templates";
import { ImportPanel } from "@/components/imports/import-panel";
import { ImportRunTable } from "@/components/imports/import-run-table";
import { listImportAccounts, listImportMissions, listImportRuns } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES, SUPPORTED_FORMATS } from "@/lib/import/formats";
import { openPage } from "@/lib/page-opening";
import { platformSchema } from "@/lib/validations/domain";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportsPage() {
  const { viewer } = await openPage({ path: "/imports", permission: "import:data" });
  const [t, accounts, runs, missions] = await Promise.all([getTranslations("imports"), listImportAccounts(viewer), listImportRuns(viewer), listImportMissions(viewer)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <ImportPanel accounts={accounts} missions={missions} platforms={platformSchema.options} maxBytes={IMPORT_MAX_BYTES} />
        <div className="space-y-6">
          <section aria-labelledby="formats-heading" className="rounded-lg border border-border p-4 text-sm">
            <h2 id="formats-heading" className="mb-2 font-semibold">
              {t("formatsHeading")}
            </h2>
            <ul className="list-inside list-disc space-y-1">
              {SUPPORTED_FORMATS.map((format) => (
                <li key={format}>{t(`formats.${format}`)}</li>
              ))}
            </ul>
            <p className="mt-2 text-muted">{t("limit", { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 })}</p>
          </section>
          <CsvTemplates />
        </div>
      </div>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading" className="mb-2 text-lg font-semibold">
          {t("runs.heading")}
        </h2>
        <ImportRunTable runs={runs} />
      </section>
    </div>
  );
}
