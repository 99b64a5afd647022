import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../auth/audit";
import { can, canViewMission, type Viewer } from "../auth/permissions";
import { startOfUtcDay } from "../metrics/dates";
import { firstDayOfQuarter, parseQuarter, previousQuarter, quarterId, type Quarter } from "../metrics/quarters";
import type { AddReviewInput, ReviewActionStatus } from "../validations/reviews";

export interface ReviewActionItem {
  id: string;
  text: string;
  status: ReviewActionStatus;
  closedAt: Date | null;
  closedByName: string | null;
}

export interface MissionReviewItem {
  id: string;
  quarter: string;
  reviewedOn: Date;
  note: string;
  authorName: string | null;
  createdAt: Date;
  actions: ReviewActionItem[];
}

export interface MissionQuarterReviews {
  quarter: string;
  /** Reviews of this quarter, newest first. */
  reviews: MissionReviewItem[];
  /** The actions agreed when the previous quarter was reviewed, and whether they were done. */
  previousQuarter: string;
  previousActions: (ReviewActionItem & { reviewedOn: Date })[];
  canWrite: boolean;
  canCloseActions: boolean;
}

const reviewSelect = {
  id: true,
  quarter: true,
  reviewedOn: true,
  note: true,
  createdAt: true,
  author: { select: { name: true } },
  actions: {
    select: { id: true, text: true, status: true, closedAt: true, closedBy: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
} as const;

type ReviewRow = {
  id: string;
  quarter: string;
  reviewedOn: Date;
  note: string;
  createdAt: Date;
  author: { name: string } | null;
  actions: { id: string; text: string; status: string; closedAt: Date | null; closedBy: { name: string } | null }[];
};

function toAction(row: ReviewRow["actions"][number]): ReviewActionItem {
  return { id: row.id, text: row.text, status: row.status as ReviewActionStatus, closedAt: row.closedAt, closedByName: row.closedBy?.name ?? null };
}

function toReview(row: ReviewRow): MissionReviewItem {
  return {
    id: row.id,
    quarter: row.quarter,
    reviewedOn: row.reviewedOn,
    note: row.note,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt,
    actions: row.actions.map(toAction),
  };
}

/** A mission's reviews of a quarter and the fate of the previous quarter's actions; null when the viewer may not see the mission. */
export async function getMissionQuarterReviews(viewer: Viewer, missionId: string, quarter: Quarter): Promise<MissionQuarterReviews | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const previous = quarterId(previousQuarter(quarter));
  const [current, earlier] = await Promise.all([
    prisma.missionReview.findMany({ where: { missionId, quarter: quarterId(quarter) }, select: reviewSelect, orderBy: [{ reviewedOn: "desc" }, { createdAt: "desc" }] }),
    prisma.missionReview.findMany({ where: { missionId, quarter: previous }, select: reviewSelect, orderBy: [{ reviewedOn: "asc" }, { createdAt: "asc" }] }),
  ]);
  return {
    quarter: quarterId(quarter),
    reviews: current.map(toReview),
    previousQuarter: previous,
    previousActions: earlier.flatMap((review) => review.actions.map((action) => ({ ...toAction(action), reviewedOn: review.reviewedOn }))),
    canWrite: can(viewer, "write:reviews"),
    canCloseActions: can(viewer, "close:review-actions"),
  };
}

/** Records a review with its agreed actions, in one transaction with its audit entry. */
export async function addMissionReview(viewer: Viewer, input: AddReviewInput, now = new Date()): Promise<{ id: string }> {
  if (!can(viewer, "write:reviews")) throw new AppError("forbidden");
  // A mission the viewer may not see answers like one that does not exist.
  if (!canViewMission(viewer, input.missionId)) throw new AppError("not_found");
  const mission = await prisma.mission.findUnique({ where: { id: input.missionId }, select: { id: true, slug: true } });
  if (!mission) throw new AppError("not_found");
  const quarter = parseQuarter(input.quarter)!;
  if (input.reviewedOn < firstDayOfQuarter(quarter)) throw new AppError("invalid", { fieldErrors: { reviewedOn: ["dateBeforeQuarter"] } });
  if (input.reviewedOn > startOfUtcDay(now)) throw new AppError("invalid", { fieldErrors: { reviewedOn: ["dateInFuture"] } });
  return prisma.$transaction(async (tx) => {
    const review = await tx.missionReview.create({
      data: {
        missionId: mission.id,
        quarter: quarterId(quarter),
        reviewedOn: input.reviewedOn,
        note: input.note,
        authorId: viewer.userId,
        actions: { create: input.actions.map((text, position) => ({ text, position })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "review_added",
      targetType: "mission",
      targetId: mission.id,
      details: { mission: mission.slug, quarter: quarterId(quarter), actions: input.actions.length },
    });
    return review;
  });
}

/** Marks an agreed action done, dropped, or open again. */
export async function setReviewActionStatus(viewer: Viewer, actionId: string, status: ReviewActionStatus, now = new Date()): Promise<{ missionId: string; quarter: string }> {
  if (!can(viewer, "close:review-actions")) throw new AppError("forbidden");
  const action = await prisma.reviewAction.findUnique({ where: { id: actionId }, select: { id: true, status: true, review: { select: { missionId: true, quarter: true } } } });
  if (!action || !canViewMission(viewer, action.review.missionId)) throw new AppError("not_found");
  await prisma.$transaction(async (tx) => {
    await tx.reviewAction.update({
      where: { id: action.id },
      data: status === "open" ? { status, closedAt: null, closedById: null } : { status, closedAt: now, closedById: viewer.userId },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "review_action_closed",
      targetType: "review_action",
      targetId: action.id,
      details: { from: action.status, to: status, quarter: action.review.quarter },
    });
  });
  return action.review;
}
