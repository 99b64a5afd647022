/**
 * Links that keep the view's state (as-of date, period, sort, filters) in the
 * URL so that any view can be shared.
 */
export type ViewParams = Record<string, string | undefined>;

export function hrefWith(pathname: string, current: ViewParams, changes: ViewParams = {}): string {
  const merged = { ...current, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== "") query.set(key, value);
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The first value of each search parameter, as Next.js passes them to a page. */
export function firstValues(searchParams: Record<string, string | string[] | undefined>): ViewParams {
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
