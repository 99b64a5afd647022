import "server-only";
import { notFound } from "next/navigation";
import { safeCallbackPath } from "./auth/callback-path";
import { can, type Permission, type Viewer } from "./auth/permissions";
import { requireViewer } from "./auth/viewer";
import { resolveViewRange, type ViewRangeResult } from "./data/view-range";
import { firstValues, type ViewParams } from "./view-params";

/** The search parameters Next.js hands a page. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface OpenPageOptions {
  /** The page's own path, its dynamic segments already encoded (`/missions/${encodeURIComponent(id)}`). */
  path: string;
  searchParams?: PageSearchParams;
  /** A page the viewer may not use answers as not found, like a page that does not exist. */
  permission?: Permission;
}

export interface PageOpening {
  viewer: Viewer;
  /** The first value of each search parameter. */
  params: ViewParams;
  /** The as-of date and period as the URL gave them, for links that keep the view's range. */
  keep: ViewParams;
}

export interface RangePageOpening extends PageOpening {
  /** The view's as-of date and period, or why the URL's could not be read. */
  range: ViewRangeResult;
}

/**
 * Where sign-in sends the visitor back to: the page with its query, as a
 * same-site path only (anything else becomes the role's home).
 */
export function returnPath(path: string, search: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) query.append(key, item);
  }
  const text = query.toString();
  return safeCallbackPath(text ? `${path}?${text}` : path);
}

/**
 * How every page opens: the signed-in viewer (or a redirect to sign-in that
 * comes back to this page and its query), the permission the page needs, and
 * the URL's parameters.
 */
export async function openPage({ path, searchParams, permission }: OpenPageOptions): Promise<PageOpening> {
  const search = (await searchParams) ?? {};
  const viewer = await requireViewer(returnPath(path, search));
  if (permission && !can(viewer, permission)) notFound();
  const params = firstValues(search);
  return { viewer, params, keep: { asOf: params.asOf, period: params.period } };
}

/** openPage, and the view's as-of date D and period P resolved from the URL (lib/data/view-range.ts). */
export async function openRangePage(options: OpenPageOptions): Promise<RangePageOpening> {
  const opening = await openPage(options);
  return { ...opening, range: await resolveViewRange(opening.viewer, opening.params) };
}
