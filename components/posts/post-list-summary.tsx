import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PostList } from "@/lib/data/posts";
import type { PostFilters } from "@/lib/validations/post-filters";
import { hrefWith, type ViewParams } from "@/lib/view-params";

/** How many posts the list holds, and a chip per filter in force, each a link that removes it. */
export async function PostListSummary({
  list,
  filters,
  keep,
}: {
  list: PostList;
  filters: PostFilters;
  keep: ViewParams;
}) {
  const t = await getTranslations("posts");
  const format = await getFormatter();
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language", fallback: "code" });
  const chips = [
    filters.missionId && { key: "mission", label: t("filter.mission", { name: list.labels.mission ?? t("unknown") }) },
    filters.accountId && { key: "account", label: t("filter.account", { name: list.labels.account ?? t("unknown") }) },
    filters.themeId && { key: "theme", label: t("filter.theme", { name: list.labels.theme ?? t("unknown") }) },
    filters.category && { key: "category", label: t("filter.category", { name: t(`category.${filters.category}`) }) },
    filters.withHandle && { key: "with", label: t("filter.with", { handle: filters.withHandle }) },
    filters.language &&
      (filters.language === "unknown"
        ? { key: "language", label: t("filter.languageUnknown") }
        : {
            key: "language",
            label: t("filter.language", {
              name: filters.language
                .split(",")
                .map((code) => (code === "unknown" ? t("filter.languageUnknown") : (languageNames.of(code) ?? code)))
                .join(", "),
            }),
          }),
    filters.ownOnly && { key: "own", label: t("filter.own") },
    filters.allTime && { key: "since", label: t("filter.allTime") },
  ].filter((chip): chip is { key: string; label: string } => Boolean(chip));

  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <span data-testid="post-total" className="font-medium">
        {t(filters.allTime ? "totalAllTime" : "total", { count: list.total, formatted: format.number(list.total) })}
      </span>
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={hrefWith("/posts", keep, { [chip.key]: undefined, page: undefined })}
          aria-label={t("removeFilter", { label: chip.label })}
        >
          <Badge tone="info">{chip.label} ✕</Badge>
        </Link>
      ))}
    </div>
  );
}
