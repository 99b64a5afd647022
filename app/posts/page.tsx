import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getPostList } from "@/lib/data/posts";
import { listTaggableThemes } from "@/lib/data/theme-rules";
import { parsePostFilters } from "@/lib/validations/post-filters";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("posts") };
}

export default async function PostsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("posts");
  const format = await getFormatter();
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/posts", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/posts" />;
  const parsed = parsePostFilters(params);
  if (!parsed.ok) {
    return (
      <Alert data-testid="filter-error">
        <p>{t("invalidFilters", { fields: parsed.fields.join(", ") })}</p>
        <Link href={hrefWith("/posts", rangeKeep)} className="font-medium underline">
          {t("clearFilters")}
        </Link>
      </Alert>
    );
  }
  const { filters } = parsed;
  const [list, taggableThemes] = await Promise.all([getPostList(viewer, range.period, filters), listTaggableThemes(viewer)]);
  // A filter on something the viewer may not see looks exactly like one on something that does not exist.
  if ((filters.missionId && !list.labels.mission) || (filters.accountId && !list.labels.account) || (filters.themeId && !list.labels.theme)) {
    notFound();
  }
  const keep = {
    ...rangeKeep,
    mission: params.mission,
    account: params.account,
    theme: params.theme,
    category: params.category,
    with: params.with,
    language: params.language,
    own: params.own,
    since: params.since,
  };
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
              name: filters.language.split(",").map((code) => (code === "unknown" ? t("filter.languageUnknown") : (languageNames.of(code) ?? code))).join(", "),
            }),
          }),
    filters.ownOnly && { key: "own", label: t("filter.own") },
    filters.allTime && { key: "since", label: t("filter.allTime") },
  ].filter((chip): chip is { key: string; label: string } => Boolean(chip));

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
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="post-total" className="font-medium">
          {t(filters.allTime ? "totalAllTime" : "total", { count: list.total, formatted: format.number(list.total) })}
        </span>
        {chips.map((chip) => (
          <Link key={chip.key} href={hrefWith("/posts", keep, { [chip.key]: undefined, page: undefined })} aria-label={t("removeFilter", { label: chip.label })}>
            <Badge tone="info">{chip.label} ✕</Badge>
          </Link>
        ))}
      </div>
      {list.items.length === 0 ? (
        <Alert tone="info">{t("empty")}</Alert>
      ) : (
        <PostTable
          posts={list.items}
          taggableThemes={taggableThemes}
          accountHref={(accountId) => hrefWith(`/accounts/${encodeURIComponent(accountId)}`, rangeKeep)}
        />
      )}
      <PostPagination page={list.page} pageCount={list.pageCount} href={(page) => hrefWith("/posts", keep, { page: String(page) })} />
    </>
  );
}
