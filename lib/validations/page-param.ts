import { z } from "zod";

/** A list's page from the URL, for screens that fall back rather than fail: anything but a whole number from 1 is page 1. */
export const lenientPageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export function parsePageParam(value: string | undefined): number {
  return lenientPageParam.parse(value ?? 1);
}
