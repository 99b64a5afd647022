import { hrefWith, type ViewParams } from "@/lib/view-params";

/** Where the theme screen's figures click through to; every link keeps the view's as-of date and period. */
export function themeLinks(themeId: string, pathname: string, keep: ViewParams, query: ViewParams) {
  return {
    /** The theme's tagged posts, narrowed by `changes` (a mission). */
    postsHref: (changes: ViewParams = {}) => hrefWith("/posts", keep, { theme: themeId, ...changes }),
    missionHref: (missionId: string) => hrefWith(`/missions/${encodeURIComponent(missionId)}`, keep),
    /** This page with one of its two tables on another page, scrolled to that table's heading. */
    pageHref: (key: "page" | "monthsPage", anchor: string) => (page: number) =>
      `${hrefWith(pathname, { ...keep, page: query.page, monthsPage: query.monthsPage }, { [key]: page > 1 ? String(page) : undefined })}#${anchor}`,
  };
}

export type ThemeLinks = ReturnType<typeof themeLinks>;
