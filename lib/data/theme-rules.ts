import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../auth/audit";
import { can, visibleMissionIds, type Viewer } from "../auth/permissions";
import { writeWithRollups } from "./rollups/write";
import { retagTheme, type RetagResult } from "../themes/retag";
import type { KeywordRuleInput } from "../validations/theme-rules";

/** Re-tagging scans every post; a large store needs more than the default five seconds. */
const RETAG_TIMEOUT_MS = 10 * 60_000;

async function changeRule(viewer: Viewer, input: KeywordRuleInput, change: "added" | "removed"): Promise<RetagResult> {
  if (!can(viewer, "edit:themes")) throw new AppError("forbidden");
  const theme = await prisma.theme.findUnique({ where: { id: input.themeId }, select: { id: true, slug: true } });
  if (!theme) throw new AppError("not_found");
  return prisma.$transaction(
    async (tx) => {
      const key = { themeId_language_pattern: { themeId: theme.id, language: input.language, pattern: input.pattern } };
      const existing = await tx.themeKeyword.findUnique({ where: key, select: { id: true } });
      if (change === "added") {
        if (existing) throw new AppError("conflict", { fieldErrors: { pattern: ["patternExists"] } });
        await tx.themeKeyword.create({ data: { themeId: theme.id, language: input.language, pattern: input.pattern } });
      } else {
        if (!existing) throw new AppError("not_found");
        await tx.themeKeyword.delete({ where: { id: existing.id } });
      }
      const result = await retagTheme(tx, theme.id);
      await writeAudit(tx, {
        actorId: viewer.userId,
        action: "theme_rules_changed",
        targetType: "theme",
        targetId: theme.id,
        details: { theme: theme.slug, [change]: `${input.language}: ${input.pattern}`, taggedBefore: result.taggedBefore, taggedAfter: result.taggedAfter },
      });
      return result;
    },
    { timeout: RETAG_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** Adds a keyword rule and re-tags the theme's posts, in one transaction. */
export function addKeywordRule(viewer: Viewer, input: KeywordRuleInput): Promise<RetagResult> {
  return changeRule(viewer, input, "added");
}

/** Removes a keyword rule and re-tags the theme's posts, in one transaction. */
export function removeKeywordRule(viewer: Viewer, input: KeywordRuleInput): Promise<RetagResult> {
  return changeRule(viewer, input, "removed");
}

/** An analyst's own tag on a post; kept apart from rule tags and never removed by re-tagging. */
export async function setManualTag(viewer: Viewer, postId: string, themeId: string, tagged: boolean): Promise<void> {
  if (!can(viewer, "tag:posts")) throw new AppError("forbidden");
  const visible = visibleMissionIds(viewer);
  const [post, theme] = await Promise.all([
    prisma.post.findFirst({ where: { id: postId, ...(visible ? { account: { missionId: { in: visible } } } : {}) }, select: { id: true, accountId: true, postedAt: true } }),
    prisma.theme.findUnique({ where: { id: themeId }, select: { id: true, slug: true } }),
  ]);
  if (!post || !theme) throw new AppError("not_found");
  await writeWithRollups(prisma, async (tx, written) => {
    const key = { postId_themeId_source: { postId: post.id, themeId: theme.id, source: "manual" } };
    if (tagged) await tx.postTheme.upsert({ where: key, create: { postId: post.id, themeId: theme.id, source: "manual" }, update: {} });
    else await tx.postTheme.deleteMany({ where: { postId: post.id, themeId: theme.id, source: "manual" } });
    written.themeTags(theme.id, { accountIds: [post.accountId], from: post.postedAt });
    await writeAudit(tx, { actorId: viewer.userId, action: tagged ? "post_tagged" : "post_untagged", targetType: "post", targetId: post.id, details: { theme: theme.slug } });
  });
}

/** Every theme, for the manual tag control of viewers who may tag posts; empty for everyone else. */
export async function listTaggableThemes(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  if (!can(viewer, "tag:posts")) return [];
  return prisma.theme.findMany({ select: { id: true, name: true }, orderBy: [{ isPriority: "desc" }, { name: "asc" }] });
}
