import type { Prisma } from "@prisma/client";

/**
 * Public holidays of 2017 for HQ and several host countries, so the working-
 * hours view has holidays to count on the demo ministry (HQ's Naadam falls in
 * the default period ending at the survey date). Additive only: no post,
 * account or mission figure changes; missions keep the default working hours
 * (09:00–18:00, Saturday and Sunday off), which the generated history mostly
 * follows in standard time, so European missions drift past 18:00 in summer.
 */
export const DEMO_HOLIDAYS: Record<string, readonly (readonly [day: string, name: string])[]> = {
  "mfa-hq": [
    ["2017-01-01", "New Year's Day"],
    ["2017-02-27", "Tsagaan Sar"],
    ["2017-02-28", "Tsagaan Sar"],
    ["2017-03-01", "Tsagaan Sar"],
    ["2017-03-08", "International Women's Day"],
    ["2017-06-01", "Mother and Child Day"],
    ["2017-07-11", "Naadam"],
    ["2017-07-12", "Naadam"],
    ["2017-07-13", "Naadam"],
    ["2017-11-26", "Independence Day"],
  ],
  "south-korea": [
    ["2017-01-27", "Seollal"],
    ["2017-01-30", "Seollal"],
    ["2017-03-01", "Independence Movement Day"],
    ["2017-05-03", "Buddha's Birthday"],
    ["2017-05-05", "Children's Day"],
    ["2017-05-09", "Presidential election"],
    ["2017-06-06", "Memorial Day"],
    ["2017-08-15", "Liberation Day"],
    ["2017-10-03", "National Foundation Day"],
    ["2017-10-09", "Hangul Day"],
    ["2017-12-25", "Christmas Day"],
  ],
  russia: [
    ["2017-01-02", "New Year holidays"],
    ["2017-01-03", "New Year holidays"],
    ["2017-01-04", "New Year holidays"],
    ["2017-01-05", "New Year holidays"],
    ["2017-01-06", "New Year holidays"],
    ["2017-02-23", "Defender of the Fatherland Day"],
    ["2017-03-08", "International Women's Day"],
    ["2017-05-01", "Spring and Labour Day"],
    ["2017-05-08", "Victory Day (transferred)"],
    ["2017-05-09", "Victory Day"],
    ["2017-06-12", "Russia Day"],
    ["2017-11-06", "Unity Day (transferred)"],
  ],
  singapore: [
    ["2017-01-02", "New Year's Day (observed)"],
    ["2017-01-30", "Chinese New Year"],
    ["2017-04-14", "Good Friday"],
    ["2017-05-01", "Labour Day"],
    ["2017-05-10", "Vesak Day"],
    ["2017-06-26", "Hari Raya Puasa"],
    ["2017-08-09", "National Day"],
    ["2017-09-01", "Hari Raya Haji"],
    ["2017-10-18", "Deepavali"],
    ["2017-12-25", "Christmas Day"],
  ],
  japan: [
    ["2017-01-02", "New Year holiday"],
    ["2017-01-09", "Coming of Age Day"],
    ["2017-05-03", "Constitution Memorial Day"],
    ["2017-05-04", "Greenery Day"],
    ["2017-05-05", "Children's Day"],
    ["2017-07-17", "Marine Day"],
    ["2017-08-11", "Mountain Day"],
    ["2017-09-18", "Respect for the Aged Day"],
  ],
  "united-states": [
    ["2017-01-02", "New Year's Day (observed)"],
    ["2017-01-16", "Martin Luther King Jr. Day"],
    ["2017-02-20", "Washington's Birthday"],
    ["2017-05-29", "Memorial Day"],
    ["2017-07-04", "Independence Day"],
    ["2017-09-04", "Labor Day"],
    ["2017-11-23", "Thanksgiving Day"],
    ["2017-12-25", "Christmas Day"],
  ],
};

export async function loadDemoWorkingHours(tx: Prisma.TransactionClient): Promise<void> {
  for (const [slug, holidays] of Object.entries(DEMO_HOLIDAYS)) {
    const mission = await tx.mission.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await tx.missionHoliday.createMany({ data: holidays.map(([day, name]) => ({ missionId: mission.id, day, name })) });
  }
}
