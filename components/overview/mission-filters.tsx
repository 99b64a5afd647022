import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_STATUSES } from "@/lib/metrics/activity-status";
import type { MissionFilters } from "@/lib/data/mission-sort";
import type { ViewParams } from "@/lib/view-params";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

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
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.region")}</span>
        <Select name="region" defaultValue={filters.region ?? ""} size="sm">
          <option value="">{t("filters.any")}</option>
          {options.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.kind")}</span>
        <Select name="kind" defaultValue={filters.kind ?? ""} size="sm">
          <option value="">{t("filters.any")}</option>
          {options.kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t.has(`missionKind.${kind}`) ? t(`missionKind.${kind}`) : kind}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.platform")}</span>
        <Select name="platform" defaultValue={filters.platform ?? ""} size="sm">
          <option value="">{t("filters.any")}</option>
          {options.platforms.map((platform) => (
            <option key={platform} value={platform}>
              {t.has(`platform.${platform}`) ? t(`platform.${platform}`) : platform}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.status")}</span>
        <Select name="status" defaultValue={filters.status ?? ""} size="sm">
          <option value="">{t("filters.any")}</option>
          {ACTIVITY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit">{t("filters.apply")}</Button>
      <Link href={clearHref} className="px-2 py-1.5 text-accent hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
