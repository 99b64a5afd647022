import { z } from "zod";

const networkParamsSchema = z.object({
  /** Narrow the network to one mission's accounts and their partners. */
  mission: z.string().trim().min(1).max(64).regex(/^[\w-]+$/).optional(),
});

export type ParsedNetworkParams = { ok: true; missionId: string | null } | { ok: false; fields: string[] };

/** The network screen's own URL parameters; a malformed one is reported by name, not ignored. */
export function parseNetworkParams(params: Record<string, string | undefined>): ParsedNetworkParams {
  const present = Object.fromEntries(
    Object.entries(params).filter(([key, value]) => value !== undefined && value !== "" && key in networkParamsSchema.shape),
  );
  const parsed = networkParamsSchema.safeParse(present);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  return { ok: true, missionId: parsed.data.mission ?? null };
}
