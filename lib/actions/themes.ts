"use server";

// Server actions for keyword rules and manual theme tags (components/themes/, components/posts/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { addKeywordRule, removeKeywordRule, setManualTag } from "../data/theme-rules";
import { keywordRuleSchema, manualTagSchema } from "../validations/theme-rules";

/** Answers with the posts the theme's rules tagged before and after the change. */
export const addKeywordRuleAction = protectedAction("edit:themes", keywordRuleSchema, async (viewer, input) => {
  const result = await addKeywordRule(viewer, input);
  revalidatePath("/", "layout");
  return { taggedBefore: result.taggedBefore, taggedAfter: result.taggedAfter };
});

export const removeKeywordRuleAction = protectedAction("edit:themes", keywordRuleSchema, async (viewer, input) => {
  const result = await removeKeywordRule(viewer, input);
  revalidatePath("/", "layout");
  return { taggedBefore: result.taggedBefore, taggedAfter: result.taggedAfter };
});

export const addManualTagAction = protectedAction("tag:posts", manualTagSchema, async (viewer, input) => {
  await setManualTag(viewer, input.postId, input.themeId, true);
  revalidatePath("/", "layout");
  return "tagged" as const;
});

export const removeManualTagAction = protectedAction("tag:posts", manualTagSchema, async (viewer, input) => {
  await setManualTag(viewer, input.postId, input.themeId, false);
  revalidatePath("/", "layout");
  return "untagged" as const;
});
