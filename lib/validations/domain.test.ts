import { describe, expect, it } from "vitest";
import { SURVEY_MISSIONS } from "../../prisma/demo/survey";
import { declaredUseSchema, missionKindSchema, platformSchema } from "./domain";

describe("domain values", () => {
  it("accept every value the demo data uses", () => {
    for (const mission of SURVEY_MISSIONS) {
      expect(missionKindSchema.safeParse(mission.kind).success, mission.slug).toBe(true);
      for (const account of mission.accounts)
        expect(declaredUseSchema.safeParse(account.declaredUse).success).toBe(true);
    }
    expect(platformSchema.parse("x")).toBe("x");
  });

  it("reject values outside the lists", () => {
    expect(missionKindSchema.safeParse("palace").success).toBe(false);
    expect(platformSchema.safeParse("X").success).toBe(false);
  });
});
