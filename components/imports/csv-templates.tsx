import { useTranslations } from "next-intl";
import { CSV_KINDS, CSV_TEMPLATES } from "@/lib/import/csv-templates";

/** Download links for the CSV templates, with each file's columns explained. */
export function CsvTemplates() {
  const t = useTranslations("importTemplates");
  return (
    <section
      aria-labelledby="templates-heading"
      className="rounded-lg border border-border p-4 text-sm"
      data-testid="csv-templates"
    >
      <h2 id="templates-heading" className="mb-1 font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-muted">{t("intro")}</p>
      <ul className="space-y-2">
        {CSV_KINDS.map((kind) => (
          <li key={kind}>
            <a className="text-accent underline" href={`/api/imports/templates/${kind}`} download>
              {t("download", { kind: t(`kinds.${kind}`) })}
            </a>
            <details className="mt-1">
              <summary className="cursor-pointer text-xs text-muted">
                {t("columnsOf", { kind: t(`kinds.${kind}`) })}
              </summary>
              <dl className="mt-1 space-y-1 text-xs">
                {CSV_TEMPLATES[kind].map((column) => (
                  <div key={column.name}>
                    <dt className="inline font-mono">
                      {column.name}
                      {column.required ? "*" : ""}
                    </dt>{" "}
                    <dd className="inline text-muted">— {t(`${kind}.${column.name}`)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
