import { getTranslations } from "next-intl/server";
import type { AccountDetail } from "@/lib/data/accounts";
import { StatusHistoryList } from "./status-history-list";

/** When the account was active, dormant or silent, up to D. */
export async function AccountHistorySection({
  intervals,
  asOf,
  thresholdDays,
}: {
  intervals: AccountDetail["statusHistory"];
  asOf: Date;
  thresholdDays: number;
}) {
  const t = await getTranslations("account");
  return (
    <section aria-labelledby="history-heading" className="min-w-0">
      <h2 id="history-heading" className="mb-1 text-lg font-semibold">
        {t("historyHeading")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("historyIntro", { days: thresholdDays })}</p>
      <StatusHistoryList intervals={intervals} asOf={asOf} />
    </section>
  );
}
