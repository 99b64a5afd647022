import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getMessageText } from "@/components/i18n/message-text";
import { wordValues } from "@/lib/messages";
import type { QuarterSummary } from "@/lib/summaries/types";

/** The quarter in a few sentences, each with a link to its evidence. */
export async function SummaryNarrative({ narrative }: { narrative: QuarterSummary["narrative"] }) {
  const t = await getTranslations("summaries");
  const text = await getMessageText();
  return (
    <section aria-labelledby="narrative-heading">
      <h2 id="narrative-heading" className="mb-2 text-lg font-semibold">
        {t("narrativeHeading")}
      </h2>
      <ul className="list-disc space-y-1 pl-5" data-testid="narrative">
        {narrative.map((sentence) => (
          <li key={sentence.key} data-key={sentence.key}>
            {t(`narrative.${sentence.key}`, wordValues(sentence.values, text))}{" "}
            <Link href={sentence.href} className="text-sm text-accent hover:underline" data-testid="narrative-evidence">
              {t("evidence")} →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
