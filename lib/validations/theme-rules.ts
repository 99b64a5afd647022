import { z } from "zod";
import { keywordPatternSource } from "../themes/keyword-matcher";

/** Error messages are catalog keys under "themeRules.errors". */
export const keywordRuleSchema = z.object({
  themeId: z.string().trim().min(1).max(64),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, "languageInvalid"),
  pattern: z
    .string()
    .trim()
    .min(1, "patternRequired")
    .max(100, "patternTooLong")
    .refine((value) => keywordPatternSource(value) !== null, "patternEmpty"),
});
export type KeywordRuleInput = z.infer<typeof keywordRuleSchema>;

export const manualTagSchema = z.object({
  postId: z.string().trim().min(1).max(64),
  themeId: z.string().trim().min(1).max(64),
});
