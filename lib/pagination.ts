/**
 * One page of an in-memory list: screens that list every mission or account
 * of a large ministry show a page at a time, so that a page's size (and its
 * rendering cost) does not grow with the ministry. A page past the end shows
 * the last one.
 */
export interface PageSlice<T> {
  items: T[];
  /** 1-based, within 1..pageCount. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there is none. */
  first: number;
  last: number;
}

export function pageSlice<T>(items: readonly T[], page: number, pageSize: number): PageSlice<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError("pageSize must be a positive whole number");
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pageCount);
  const offset = (current - 1) * pageSize;
  const shown = items.slice(offset, offset + pageSize);
  return {
    items: shown,
    page: current,
    pageCount,
    total,
    first: shown.length === 0 ? 0 : offset + 1,
    last: offset + shown.length,
  };
}
