import type { Prisma } from "@prisma/client";
import type { StakeholderCategory } from "../../lib/metrics/stakeholders";
import type { SurveyMission } from "./survey";

export interface DemoStakeholder {
  handle: string;
  category: StakeholderCategory;
  displayName: string;
  note: string;
}

/**
 * Labels for the outside accounts the generated posts interact with
 * (generate-history.ts externalHandles). Most are labelled; each host
 * country's university and every other chamber of commerce stay unlabelled,
 * so the directory's "unlabelled" filter and bucket show real work left to do.
 */
export function demoStakeholders(missions: readonly SurveyMission[]): DemoStakeholder[] {
  const labels = new Map<string, DemoStakeholder>();
  const add = (handle: string, category: StakeholderCategory, displayName: string) =>
    labels.set(handle, { handle, category, displayName, note: "[demo] label" });
  add("demo_united_nations", "international_organisation", "United Nations (demo)");
  add("demo_asem_info", "international_organisation", "ASEM (demo)");
  const countries = [
    ...new Map(missions.map((m) => [(m.countryCode ?? "un").toLowerCase(), m.country])).entries(),
  ].sort(([a], [b]) => a.localeCompare(b));
  countries.forEach(([cc, country], i) => {
    add(`demo_${cc}_foreign_ministry`, "foreign_ministry", `Foreign ministry of ${country} (demo)`);
    add(`demo_${cc}_news`, "media", `${country} news (demo)`);
    add(`demo_${cc}_mongolian_community`, "diaspora", `Mongolian community in ${country} (demo)`);
    if (i % 2 === 0) add(`demo_${cc}_chamber_of_commerce`, "civil_society", `${country} chamber of commerce (demo)`);
  });
  return [...labels.values()];
}

/** Additive: writes only Stakeholder rows, so no other demo figure moves. */
export async function loadDemoStakeholders(
  tx: Prisma.TransactionClient,
  missions: readonly SurveyMission[],
): Promise<number> {
  const labels = demoStakeholders(missions);
  await tx.stakeholder.createMany({ data: labels.map((l) => ({ platform: "x", ...l })) });
  return labels.length;
}
