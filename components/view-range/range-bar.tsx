import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { addDays, formatIsoDay, type Period } from "@/lib/metrics/dates";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface RangeBarProps {
  period: Period;
  thresholdDays: number;
  asOfIsDefault: boolean;
  /** Where the form submits to, with the other view parameters it must keep. */
  pathname: string;
  keep: ViewParams;
}

/** The as-of date and period every figure on the page refers to, and a form to change them. */
export async function RangeBar({ period, thresholdDays, asOfIsDefault, pathname, keep }: RangeBarProps) {
  const t = await getTranslations("range");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const lastDay = addDays(period.endExclusive, -1);
  return (
    <section
      aria-label={t("periodLabel")}
      className="mb-6 flex flex-col gap-3 rounded-lg border border-border bg-card p-4 md:flex-row md:items-end md:justify-between"
    >
      <div className="space-y-1">
        <p className="text-base font-semibold" data-testid="as-of">
          <time dateTime={formatIsoDay(period.asOf)}>{t("asOf", { date: day(period.asOf) })}</time>
          {asOfIsDefault && <span className="ml-2 text-xs font-normal text-muted">({t("asOfDefault")})</span>}
        </p>
        <p className="text-sm text-muted" data-testid="period">
          {t("periodLabel")}: {t("period", { start: day(period.start), end: day(lastDay), days: period.days })}
        </p>
        <p className="text-xs text-muted">{t("threshold", { days: thresholdDays })}</p>
      </div>
      <form
        key={`${formatIsoDay(period.asOf)}-${period.days}`}
        method="get"
        action={pathname}
        className="flex flex-wrap items-end gap-2 text-sm"
      >
        {Object.entries(keep).map(([name, value]) =>
          value === undefined || name === "asOf" || name === "period" ? null : (
            <input key={name} type="hidden" name={name} value={value} />
          ),
        )}
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted">{t("asOfInput")}</span>
          <Input type="date" name="asOf" defaultValue={formatIsoDay(period.asOf)} size="sm" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted">{t("periodInput")}</span>
          <Input type="number" name="period" min={1} max={3660} defaultValue={period.days} size="sm" className="w-24" />
        </label>
        <Button type="submit">{t("apply")}</Button>
        <Link
          href={hrefWith(pathname, { ...keep, asOf: undefined, period: undefined, page: undefined })}
          className="px-2 py-1.5 text-accent hover:underline"
        >
          {t("reset")}
        </Link>
      </form>
    </section>
  );
}
