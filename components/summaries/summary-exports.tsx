import { getTranslations } from "next-intl/server";
import { SUMMARY_TABLE_NAMES } from "@/lib/summaries/export-names";

/** The summary as a PDF, a workbook and one CSV per table. */
export async function SummaryExports({ base, exportQuery }: { base: string; exportQuery: string }) {
  const t = await getTranslations("summaries");
  const tx = await getTranslations("summaryExports");
  return (
    <nav aria-label={t("exports")} className="text-sm" data-testid="summary-exports">
      <p className="mb-1 font-medium">{t("exports")}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <a className="text-accent underline" href={`${base}/export.pdf${exportQuery}`} data-testid="export-pdf">
            {t("exportPdf")}
          </a>
        </li>
        <li>
          <a className="text-accent underline" href={`${base}/export.xlsx${exportQuery}`} data-testid="export-xlsx">
            {t("exportXlsx")}
          </a>
        </li>
      </ul>
      <details className="mt-1">
        <summary className="cursor-pointer text-xs text-muted">CSV</summary>
        <ul className="mt-1 space-y-1 text-xs">
          {SUMMARY_TABLE_NAMES.map((table) => (
            <li key={table}>
              <a
                className="text-accent underline"
                href={`${base}/export.csv?table=${table}${exportQuery.replace(/^\?/, "&")}`}
              >
                {t("exportCsv", { table: tx.has(`tables.${table}`) ? tx(`tables.${table}`) : table })}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
