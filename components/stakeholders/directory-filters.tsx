import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CATEGORY_BUCKETS } from "@/lib/metrics/stakeholders";
import type { StakeholderQuery } from "@/lib/validations/stakeholders";

/** A plain GET form, so the filtered directory is a shareable URL; the view's other parameters ride along hidden. */
export async function DirectoryFilters({
  query,
  keep,
}: {
  query: StakeholderQuery;
  keep: Record<string, string | undefined>;
}) {
  const t = await getTranslations("stakeholders");
  return (
    <form
      method="get"
      action="/stakeholders"
      className="mb-3 flex flex-wrap items-end gap-2 text-sm"
      data-testid="directory-filters"
    >
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.category")}</span>
        <Select name="category" defaultValue={query.category ?? ""}>
          <option value="">{t("filters.all")}</option>
          {CATEGORY_BUCKETS.map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">{t("filters.search")}</span>
        <Input type="search" name="q" defaultValue={query.search ?? ""} maxLength={100} />
      </label>
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  );
}
