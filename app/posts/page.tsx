import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostFiltersForm } from "@/components/posts/post-filters-form";
import { PostListSummary } from "@/components/posts/post-list-summary";
import { postListKeep } from "@/components/posts/post-list-keep";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import { FilterError } from "@/components/view-range/filter-error";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getPostFilterOptions, getPostList } from "@/lib/data/posts";
import { listTaggableThemes } from "@/lib/data/theme-rules";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parsePostFilters } from "@/lib/validations/post-filters";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("posts") };
}

export default async function PostsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("posts");
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/posts", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/posts" />;
  const parsed = parsePostFilters(params);
  if (!parsed.ok) {
    return (
      <FilterError
        message={t("invalidFilters", { fields: parsed.fields.join(", ") })}
        clearLabel={t("clearFilters")}
        clearHref={hrefWith("/posts", rangeKeep)}
      />
    );
  }
  const { filters } = parsed;
  const [list, taggableThemes, filterOptions] = await Promise.all([
    getPostList(viewer, range.period, filters),
    listTaggableThemes(viewer),
    getPostFilterOptions(viewer),
  ]);
  // A filter on something the viewer may not see looks exactly like one on something that does not exist.
  if (
    (filters.missionId && !list.labels.mission) ||
    (filters.accountId && !list.labels.account) ||
    (filters.themeId && !list.labels.theme)
  ) {
    notFound();
  }
  const keep = postListKeep(rangeKeep, params);

  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/posts"
        keep={keep}
      />
      <PostFiltersForm
        filters={filters}
        options={filterOptions}
        keep={keep}
        clearHref={hrefWith("/posts", rangeKeep)}
      />
      <PostListSummary list={list} filters={filters} keep={keep} />
      {list.items.length === 0 ? (
        <Alert tone="info">{t("empty")}</Alert>
      ) : (
        <PostTable
          posts={list.items}
          taggableThemes={taggableThemes}
          accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, rangeKeep)}
        />
      )}
      <PostPagination
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => hrefWith("/posts", keep, { page: String(page) })}
      />
    </>
  );
}
