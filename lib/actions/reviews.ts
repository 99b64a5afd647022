"use server";

// Server actions for quarterly review notes and agreed actions (components/reviews/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { addMissionReview, ReviewError, setReviewActionStatus } from "../data/reviews";
import { addReviewSchema, setActionStatusSchema } from "../validations/reviews";

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReviewError) throw new ActionError(error.code === "forbidden" ? "not_found" : error.code, error.fieldErrors);
    throw error;
  }
}

export const addReviewAction = protectedAction("write:reviews", addReviewSchema, async (viewer, input) => {
  const review = await run(() => addMissionReview(viewer, input));
  revalidatePath("/summaries", "layout");
  return review;
});

export const setReviewActionStatusAction = protectedAction("close:review-actions", setActionStatusSchema, async (viewer, input) => {
  await run(() => setReviewActionStatus(viewer, input.actionId, input.status));
  revalidatePath("/summaries", "layout");
  return input.status;
});
