import type { Prisma } from "@prisma/client";
import type { EngagementTarget } from "../../lib/metrics/engagement-target";

/**
 * Demo engagement targets and staff time. The neighbours and "third
 * neighbours" are priority countries; small or closed-off posts only
 * broadcast. Every other mission keeps the default target ("engage").
 */
export const DEMO_ENGAGEMENT_TARGETS: Record<string, EngagementTarget> = {
  russia: "priority_engagement",
  "south-korea": "priority_engagement",
  japan: "priority_engagement",
  "united-states": "priority_engagement",
  "north-korea": "broadcast_only",
  osaka: "broadcast_only",
  "ulan-ude": "broadcast_only",
};

/** Staff hours per quarter (mission slug → quarter → hours); a dormant mission's hours show cost without output. */
export const DEMO_STAFF_HOURS: Record<string, Record<string, number>> = {
  singapore: { "2017-Q1": 180, "2017-Q2": 195, "2017-Q3": 90 },
  "south-korea": { "2017-Q1": 160, "2017-Q2": 150 },
  russia: { "2017-Q1": 140, "2017-Q2": 152.5 },
  "un-new-york": { "2017-Q2": 120 },
  canada: { "2017-Q2": 40 },
  germany: { "2017-Q2": 10 },
};

export async function loadMissionTargetDemoData(tx: Prisma.TransactionClient): Promise<number> {
  const missionIdBySlug = new Map(
    (await tx.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]),
  );
  for (const [slug, target] of Object.entries(DEMO_ENGAGEMENT_TARGETS)) {
    await tx.mission.update({ where: { id: missionIdBySlug.get(slug)! }, data: { engagementTarget: target } });
  }
  const rows = Object.entries(DEMO_STAFF_HOURS).flatMap(([slug, quarters]) =>
    Object.entries(quarters).map(([quarter, hours]) => ({
      missionId: missionIdBySlug.get(slug)!,
      quarter,
      hours,
      note: "Demo figure",
    })),
  );
  await tx.missionStaffTime.createMany({ data: rows });
  return rows.length;
}
