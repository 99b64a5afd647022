import { z } from "zod";
import { apiJson, withViewer } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { getPostList } from "@/lib/data/posts";
import { resolveViewRange } from "@/lib/data/view-range";
import { parsePostFilters } from "@/lib/validations/post-filters";

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

/**
 * GET /api/posts: the posts behind a figure, as JSON for drill-down panels.
 * Same parameters as the /posts page (asOf, period, mission, account, theme,
 * category, since, page) plus limit (1–50). Scoped to what the viewer may see.
 */
export const GET = withViewer(
  async ({ viewer, query, searchParams }) => {
    const range = await resolveViewRange(viewer, searchParams);
    if (!range.ok) throw new AppError("invalid_parameters", { params: { fields: range.errors.map((e) => e.field) } });
    const filters = parsePostFilters(searchParams);
    if (!filters.ok) throw new AppError("invalid_parameters", { params: { fields: filters.fields } });

    const list = await getPostList(viewer, range.period, filters.filters, query.limit);
    // A mission, account or theme the viewer may not see answers exactly like one that does not exist.
    const { missionId, accountId, themeId } = filters.filters;
    if ((missionId && !list.labels.mission) || (accountId && !list.labels.account) || (themeId && !list.labels.theme))
      throw new AppError("not_found");
    return apiJson({
      asOf: range.period.asOf.toISOString().slice(0, 10),
      periodDays: range.period.days,
      total: list.total,
      page: list.page,
      pageCount: list.pageCount,
      items: list.items.map((post) => ({
        id: post.id,
        postedAt: post.postedAt.toISOString(),
        handle: post.account.handle,
        mission: post.account.mission.name,
        category: post.category,
        kind: post.kind,
        language: post.language,
        text: post.text,
        themes: post.themes.map((t) => t.theme.name),
      })),
    });
  },
  { query: querySchema },
);
