import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_STATUSES } from "@/lib/metrics/activity-status";
import type { MissionFilters } from "@/lib/data/mission-sort";
import type { ViewParams } from "@/lib/view-params";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

interface MissionFiltersFormProps {
  filters: MissionFilters;
  options: { regions: string[]; kinds: string[]; platforms: string[] };
  /** View parameters the form keeps (as-of date, period, sorting). */
  keep: ViewParams;
  clearHref: string;
}

/** Region, kind, platform and status filters as a plain GET form: the view stays in the URL. */
export async function MissionFiltersForm({ filters, options, keep, clearHref }: MissionFiltersFormProps) {
  const t = await getTranslations();
  return (
    <form
      // Uncontrolled selects keep their DOM value across client navigations: remount when the URL's filters change.
      key={[filters.region, filters.kind, filters.platform, filters.status].join("|")}
      method="get"
      action="/"
      className="mb-3 flex flex-wrap items-end gap-2 text-sm"
      aria-label={t("filters.label")}
    >
      {Object.entries(keep).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <FilterSelect
        label={t("filters.region")}
        name="region"
        value={filters.region}
        anyLabel={t("filters.any")}
        options={options.regions.map((region) => ({ value: region, label: region }))}
      />
      <FilterSelect
        label={t("filters.kind")}
        name="kind"
        value={filters.kind}
        anyLabel={t("filters.any")}
        options={options.kinds.map((kind) => ({
          value: kind,
          label: t.has(`missionKind.${kind}`) ? t(`missionKind.${kind}`) : kind,
        }))}
      />
      <FilterSelect
        label={t("filters.platform")}
        name="platform"
        value={filters.platform}
        anyLabel={t("filters.any")}
        options={options.platforms.map((platform) => ({
          value: platform,
          label: t.has(`platform.${platform}`) ? t(`platform.${platform}`) : platform,
        }))}
      />
      <FilterSelect
        label={t("filters.status")}
        name="status"
        value={filters.status}
        anyLabel={t("filters.any")}
        options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <Button type="submit">{t("filters.apply")}</Button>
      <Link href={clearHref} className="px-2 py-1.5 text-accent hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
