import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";

/** How a summary writes a share and a health score, with the catalog's word for a missing value. */
export async function summaryFormats() {
  const [t, format] = await Promise.all([getTranslations("summaries"), getFormatter()]);
  return {
    percent: (v: number | null) =>
      v === null ? t("noValue") : format.number(v, { style: "percent", maximumFractionDigits: 1 }),
    score: (v: number | null) =>
      v === null ? t("noValue") : format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
}
