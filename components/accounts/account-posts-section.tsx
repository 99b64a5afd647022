import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import { FilterError } from "@/components/view-range/filter-error";
import type { Viewer } from "@/lib/auth/permissions";
import { getPostList } from "@/lib/data/posts";
import { listTaggableThemes } from "@/lib/data/theme-rules";
import type { Period } from "@/lib/metrics/dates";
import { POST_CATEGORIES } from "@/lib/metrics/post-kind";
import { cn } from "@/lib/utils";
import { parsePostFilters } from "@/lib/validations/post-filters";
import { hrefWith, type ViewParams } from "@/lib/view-params";

interface AccountPostsSectionProps {
  viewer: Viewer;
  accountId: string;
  period: Period;
  /** The page's path, for the category and page links. */
  pathname: string;
  /** The URL's category and page. */
  query: ViewParams;
  /** The view's as-of date and period. */
  rangeKeep: ViewParams;
}

/** The account's posts in the period, by category, a page at a time. */
export async function AccountPostsSection({
  viewer,
  accountId,
  period,
  pathname,
  query,
  rangeKeep,
}: AccountPostsSectionProps) {
  const t = await getTranslations();
  // Only the category and page come from this screen's URL; the account is the page's own.
  const parsed = parsePostFilters({ category: query.category, page: query.page });
  const list = parsed.ok
    ? await getPostList(viewer, period, {
        ...parsed.filters,
        missionId: null,
        themeId: null,
        allTime: false,
        accountId,
      })
    : null;
  const selectedCategory = parsed.ok ? parsed.filters.category : null;
  const keep = { ...rangeKeep, category: query.category };

  return (
    <section aria-labelledby="posts-heading">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="posts-heading" className="text-lg font-semibold">
          {t("account.postsHeading")}
        </h2>
        {list && (
          <span data-testid="post-total" className="text-sm font-medium">
            {t("account.postsTotal", { count: list.total })}
          </span>
        )}
      </div>
      <nav aria-label={t("account.categoryFilter")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {[null, ...POST_CATEGORIES].map((category) => {
          const selected = category === selectedCategory;
          return (
            <Link
              key={category ?? "all"}
              href={hrefWith(pathname, rangeKeep, { category: category ?? undefined })}
              aria-current={selected ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1",
                selected
                  ? "border-accent bg-accent font-medium text-white dark:text-slate-900"
                  : "border-border bg-card hover:border-accent",
              )}
            >
              {category ? t(`posts.category.${category}`) : t("account.allCategories")}
            </Link>
          );
        })}
      </nav>
      {!parsed.ok || !list ? (
        <FilterError
          message={t("account.invalidFilters", { fields: parsed.ok ? "" : parsed.fields.join(", ") })}
          clearLabel={t("account.clearFilters")}
          clearHref={hrefWith(pathname, rangeKeep)}
        />
      ) : list.items.length === 0 ? (
        <Alert tone="info">{t("account.postsEmpty")}</Alert>
      ) : (
        <>
          <PostTable posts={list.items} showAccount={false} taggableThemes={await listTaggableThemes(viewer)} />
          <PostPagination
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => hrefWith(pathname, keep, { page: String(page) })}
          />
        </>
      )}
    </section>
  );
}
