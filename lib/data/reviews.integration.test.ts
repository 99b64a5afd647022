import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import type { Viewer } from "../auth/permissions";
import { addReviewSchema } from "../validations/reviews";

let database: TestDatabase;
let db: PrismaClient;
let reviews: typeof import("./reviews");
const ids = { germany: "", singapore: "" };
let analyst: Viewer;
let leadership: Viewer;
let germanyAmbassador: Viewer;
const Q3 = { year: 2017, quarter: 3 } as const;
const Q4 = { year: 2017, quarter: 4 } as const;
const NOW = new Date("2018-01-20T10:00:00Z");

const input = (fields: Record<string, string>) => {
  const parsed = addReviewSchema.safeParse(fields);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  const mission = (slug: string, name: string) => db.mission.create({ data: { slug, name, kind: "embassy", country: name, timeZone: "UTC" } });
  ids.germany = (await mission("germany", "Germany")).id;
  ids.singapore = (await mission("singapore", "Singapore")).id;
  const user = (email: string, role: string, missionId: string | null = null) => db.user.create({ data: { email, name: email.split("@")[0]!, role, missionId } });
  analyst = { userId: (await user("analyst@mfa.test", "analyst")).id, role: "analyst", missionId: null };
  leadership = { userId: (await user("lead@mfa.test", "leadership")).id, role: "leadership", missionId: null };
  germanyAmbassador = { userId: (await user("amb@mfa.test", "ambassador", ids.germany)).id, role: "ambassador", missionId: ids.germany };
  reviews = await import("./reviews");
});

afterAll(async () => {
  await db?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("quarterly reviews", () => {
  it("reads one action per line, ignoring bullets and blank lines, and refuses bad input", () => {
    expect(input({ missionId: "m", quarter: "2017-Q3", reviewedOn: "2017-10-05", note: "ok", actions: "- Reply to questions\n\n• Post weekly on trade\r\n* Close @old" }).actions).toEqual([
      "Reply to questions",
      "Post weekly on trade",
      "Close @old",
    ]);
    const fail = (fields: Record<string, string>) => addReviewSchema.safeParse({ missionId: "m", quarter: "2017-Q3", reviewedOn: "2017-10-05", note: "ok", ...fields });
    expect(fail({ quarter: "2017-Q5" }).error?.issues[0]?.message).toBe("quarterInvalid");
    expect(fail({ reviewedOn: "2017-02-30" }).error?.issues[0]?.message).toBe("dateInvalid");
    expect(fail({ note: "   " }).error?.issues[0]?.message).toBe("noteRequired");
    expect(fail({ actions: Array.from({ length: 21 }, (_, i) => `a${i}`).join("\n") }).error?.issues[0]?.message).toBe("tooManyActions");
  });

  it("records a review with its actions and an audit entry; the next quarter shows whether they were done", async () => {
    const review = await reviews.addMissionReview(
      analyst,
      input({ missionId: ids.germany, quarter: "2017-Q3", reviewedOn: "2017-10-05", note: "Too much broadcasting.", actions: "Answer replies within a day\nReactivate @old_account" }),
      NOW,
    );
    expect(await db.auditEntry.count({ where: { action: "review_added", targetId: ids.germany } })).toBe(1);
    const q3 = await reviews.getMissionQuarterReviews(analyst, ids.germany, Q3);
    expect(q3?.reviews).toHaveLength(1);
    expect(q3?.reviews[0]).toMatchObject({ id: review.id, note: "Too much broadcasting.", authorName: "analyst" });
    expect(q3?.reviews[0]?.actions.map((a) => [a.text, a.status])).toEqual([
      ["Answer replies within a day", "open"],
      ["Reactivate @old_account", "open"],
    ]);

    // The ambassador carries out the first action and marks it done.
    const [first, second] = q3!.reviews[0]!.actions;
    await reviews.setReviewActionStatus(germanyAmbassador, first!.id, "done", NOW);
    await reviews.setReviewActionStatus(leadership, second!.id, "dropped", NOW);
    const q4 = await reviews.getMissionQuarterReviews(germanyAmbassador, ids.germany, Q4);
    expect(q4?.previousQuarter).toBe("2017-Q3");
    expect(q4?.previousActions.map((a) => [a.text, a.status, a.closedByName])).toEqual([
      ["Answer replies within a day", "done", "amb"],
      ["Reactivate @old_account", "dropped", "lead"],
    ]);
    expect(q4).toMatchObject({ canWrite: false, canCloseActions: true, reviews: [] });
    // Reopening clears who closed it.
    await reviews.setReviewActionStatus(analyst, second!.id, "open", NOW);
    expect((await db.reviewAction.findUniqueOrThrow({ where: { id: second!.id } })).closedById).toBeNull();
  });

  it("keeps ambassadors to their own mission and out of writing reviews, changing nothing", async () => {
    const before = await db.missionReview.count();
    await expect(reviews.addMissionReview(germanyAmbassador, input({ missionId: ids.germany, quarter: "2017-Q3", reviewedOn: "2017-10-05", note: "x" }), NOW)).rejects.toMatchObject({ code: "forbidden" });
    expect(await reviews.getMissionQuarterReviews(germanyAmbassador, ids.singapore, Q3)).toBeNull();
    const singaporeReview = await reviews.addMissionReview(analyst, input({ missionId: ids.singapore, quarter: "2017-Q3", reviewedOn: "2017-10-06", note: "Good.", actions: "Keep going" }), NOW);
    const action = await db.reviewAction.findFirstOrThrow({ where: { reviewId: singaporeReview.id } });
    await expect(reviews.setReviewActionStatus(germanyAmbassador, action.id, "done", NOW)).rejects.toMatchObject({ code: "not_found" });
    expect((await db.reviewAction.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("open");
    await expect(reviews.setReviewActionStatus(analyst, "no-such-action", "done", NOW)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.missionReview.count()).toBe(before + 1);
  });

  it("refuses review dates before the quarter or in the future, and unknown missions", async () => {
    const before = await db.missionReview.count();
    await expect(reviews.addMissionReview(analyst, input({ missionId: ids.germany, quarter: "2017-Q3", reviewedOn: "2017-06-30", note: "x" }), NOW)).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { reviewedOn: ["dateBeforeQuarter"] },
    });
    await expect(reviews.addMissionReview(analyst, input({ missionId: ids.germany, quarter: "2017-Q3", reviewedOn: "2018-01-21", note: "x" }), NOW)).rejects.toMatchObject({
      fieldErrors: { reviewedOn: ["dateInFuture"] },
    });
    await expect(reviews.addMissionReview(analyst, input({ missionId: "nope", quarter: "2017-Q3", reviewedOn: "2017-10-05", note: "x" }), NOW)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.missionReview.count()).toBe(before);
  });
});
