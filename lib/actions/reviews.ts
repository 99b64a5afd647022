"use server";

// Server actions for quarterly review notes and agreed actions (components/reviews/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { addMissionReview, setReviewActionStatus } from "../data/reviews";
import { addReviewSchema, setActionStatusSchema } from "../validations/reviews";

export const addReviewAction = protectedAction("write:reviews", addReviewSchema, async (viewer, input) => {
  const review = await addMissionReview(viewer, input);
  revalidatePath("/summaries", "layout");
  return review;
});

export const setReviewActionStatusAction = protectedAction(
  "close:review-actions",
  setActionStatusSchema,
  async (viewer, input) => {
    await setReviewActionStatus(viewer, input.actionId, input.status);
    revalidatePath("/summaries", "layout");
    return input.status;
  },
);
