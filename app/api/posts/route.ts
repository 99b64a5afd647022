import type { NextRequest } from "next/server";
import { apiJson } from "@/lib/api/responses";
import { z } from "zod";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { getPostList } from "@/lib/data/posts";
import { resolveViewRange } from "@/lib/data/view-range";
import { parsePostFilters } from "@/lib/validations/post-filters";

const limitSchema = z.coerce.number().int().min(1).max(50).default(10);

/**
 * GET /api/posts: the posts behind a figure, as JSON for drill-down panels.
 * Same parameters as the /posts page (asOf, period, mission, account, theme,
 * category, since, page) plus limit (1–50). Scoped to what the viewer may see.
 */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const viewer = await getCurrentViewer();
  if (!viewer) return apiJson({ error: "unauthenticated" }, 401);
  const limit = limitSchema.safeParse(params.limit ?? undefined);
  if (!limit.success) {
    return apiJson({ error: "invalid_parameters", fields: ["limit"] }, 400);
  }
  const range = await resolveViewRange(viewer, params);
  if (!range.ok) {
    return apiJson({ error: "invalid_parameters", fields: range.errors.map((e) => e.field) }, 400);
  }
  const filters = parsePostFilters(params);
  if (!filters.ok) return apiJson({ error: "invalid_parameters", fields: filters.fields }, 400);

  const list = await getPostList(viewer, range.period, filters.filters, limit.data);
  // A mission, account or theme the viewer may not see answers exactly like one that does not exist.
  const { missionId, accountId, themeId } = filters.filters;
  if ((missionId && !list.labels.mission) || (accountId && !list.labels.account) || (themeId && !list.labels.theme)) {
    return apiJson({ error: "not_found" }, 404);
  }
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
}
