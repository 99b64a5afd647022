import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CsvTemplates } from "@/components/imports/csv-templates";
import { ImportPanel } from "@/components/imports/import-panel";
import { ImportRunsSection } from "@/components/imports/import-runs-section";
import { SupportedFormats } from "@/components/imports/supported-formats";
import { listImportAccounts, listImportMissions } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES } from "@/lib/import/formats";
import { openPage } from "@/lib/page-opening";
import { platformSchema } from "@/lib/validations/domain";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportsPage() {
  const { viewer } = await openPage({ path: "/imports", permission: "import:data" });
  const [t, accounts, missions] = await Promise.all([
    getTranslations("imports"),
    listImportAccounts(viewer),
    listImportMissions(viewer),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ImportPanel
          accounts={accounts}
          missions={missions}
          platforms={platformSchema.options}
          maxBytes={IMPORT_MAX_BYTES}
        />
        <div className="space-y-6">
          <SupportedFormats />
          <CsvTemplates />
        </div>
      </div>
      <ImportRunsSection viewer={viewer} />
    </div>
  );
}
