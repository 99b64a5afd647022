import { getTranslations } from "next-intl/server";
import { IMPORT_MAX_BYTES, SUPPORTED_FORMATS } from "@/lib/import/formats";

/** The file formats an import reads, and the size limit. */
export async function SupportedFormats() {
  const t = await getTranslations("imports");
  return (
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
  );
}
