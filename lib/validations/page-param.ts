import { z } from "zod";

/** A list's page from the URL, for screens that fall back rather than fail: anything but a whole number from 1 is page 1. */
export const lenientPageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export function parsePageParam(value: string | undefined): number {
  return lenientPageParam.parse(value ?? 1);
}

/** The rows-per-page choices of the paged mission and account lists. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** Rows per page from the URL: one of PAGE_SIZES, else the default. */
export function parsePageSizeParam(value: string | undefined): number {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}
