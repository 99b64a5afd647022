import { z } from "zod";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "./page-param";

export const NETWORK_FLAGS = ["isolated", "receiveOnly"] as const;
export type NetworkFlag = (typeof NETWORK_FLAGS)[number];

const networkParamsSchema = z.object({
  /** Narrow the network to one mission's accounts and their partners. */
  mission: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\w-]+$/)
    .optional(),
  /** Only the accounts with this flag in the table. */
  flag: z.enum(NETWORK_FLAGS).optional(),
  /** The account table's page and rows per page. */
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  rows: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional(),
  /** The mission table's page. */
  mpage: z.coerce.number().int().min(1).max(100_000).optional(),
});

export type ParsedNetworkParams =
  | {
      ok: true;
      missionId: string | null;
      flag: NetworkFlag | null;
      page: number;
      pageSize: number;
      missionPage: number;
    }
  | { ok: false; fields: string[] };

/** The network screen's own URL parameters; a malformed one is reported by name, not ignored. */
export function parseNetworkParams(params: Record<string, string | undefined>): ParsedNetworkParams {
  const present = Object.fromEntries(
    Object.entries(params).filter(
      ([key, value]) => value !== undefined && value !== "" && key in networkParamsSchema.shape,
    ),
  );
  const parsed = networkParamsSchema.safeParse(present);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  return {
    ok: true,
    missionId: parsed.data.mission ?? null,
    flag: parsed.data.flag ?? null,
    page: parsed.data.page ?? 1,
    pageSize: parsed.data.rows ?? DEFAULT_PAGE_SIZE,
    missionPage: parsed.data.mpage ?? 1,
  };
}
