import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { PostFilterOptions } from "@/lib/data/posts";
import { POST_CATEGORIES } from "@/lib/metrics/post-kind";
import type { PostFilters } from "@/lib/validations/post-filters";
import type { ViewParams } from "@/lib/view-params";

/** The parameters the form sets; every other one the URL holds is kept as it is. */
const OWN_FIELDS = new Set(["mission", "theme", "category", "page"]);

/** Mission, theme and kind filters of the post list as a plain GET form: the view stays in the URL. */
export async function PostFiltersForm({
  filters,
  options,
  keep,
  clearHref,
}: {
  filters: PostFilters;
  options: PostFilterOptions;
  /** The view's range and the filters the URL gave. */
  keep: ViewParams;
  clearHref: string;
}) {
  const t = await getTranslations();
  return (
    <form
      // Uncontrolled selects keep their DOM value across client navigations: remount when the URL's filters change.
      key={[filters.missionId, filters.themeId, filters.category].join("|")}
      method="get"
      action="/posts"
      className="mb-3 flex flex-wrap items-end gap-2 text-sm"
      aria-label={t("posts.filters.label")}
      data-testid="post-filters"
    >
      {Object.entries(keep).map(([name, value]) =>
        value === undefined || OWN_FIELDS.has(name) ? null : (
          <input key={name} type="hidden" name={name} value={value} />
        ),
      )}
      {options.missions.length > 1 && (
        <FilterSelect
          label={t("posts.filters.mission")}
          name="mission"
          value={filters.missionId}
          anyLabel={t("filters.any")}
          options={options.missions.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      <FilterSelect
        label={t("posts.filters.theme")}
        name="theme"
        value={filters.themeId}
        anyLabel={t("filters.any")}
        options={options.themes.map((theme) => ({ value: theme.id, label: theme.name }))}
        className="max-w-[16rem]"
      />
      <FilterSelect
        label={t("posts.filters.category")}
        name="category"
        value={filters.category}
        anyLabel={t("filters.any")}
        options={POST_CATEGORIES.map((category) => ({ value: category, label: t(`charts.${category}`) }))}
      />
      <Button type="submit">{t("filters.apply")}</Button>
      <Link href={clearHref} className="px-2 py-1.5 text-accent hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
