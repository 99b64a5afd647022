/**
 * Rule tags follow the keyword rules: when a theme's rules change, its rule
 * tags are recomputed over every stored post. Manual tags (source "manual")
 * are an analyst's judgement and are never touched here.
 */
import type { Prisma, PrismaClient } from "@prisma/client";
import { writeWithRollups, type RollupWrites } from "../data/rollups/write";
import { compileThemeMatcher } from "./keyword-matcher";

type Db = PrismaClient | Prisma.TransactionClient;

export interface RetagResult {
  themeId: string;
  postsScanned: number;
  /** Posts with a rule tag for the theme before and after. */
  taggedBefore: number;
  taggedAfter: number;
}

const PAGE = 2000;

interface RetagOptions {
  onPage?: (scanned: number) => void;
}

/**
 * Recomputes one theme's rule tags. Call inside a transaction together with
 * the rule change, so that a failure leaves the old rules and tags in place.
 */
export function retagTheme(db: Db, themeId: string, options: RetagOptions = {}): Promise<RetagResult> {
  return writeWithRollups(db, (tx, written) => retagIn(tx, written, themeId, options));
}

async function retagIn(
  tx: Prisma.TransactionClient,
  written: RollupWrites,
  themeId: string,
  options: RetagOptions,
): Promise<RetagResult> {
  const rules = await tx.themeKeyword.findMany({
    where: { themeId },
    select: { themeId: true, pattern: true },
    orderBy: { pattern: "asc" },
  });
  const matcher = compileThemeMatcher(rules);
  const { count: taggedBefore } = await tx.postTheme.deleteMany({ where: { themeId, source: "rule" } });
  let postsScanned = 0;
  let taggedAfter = 0;
  if (rules.length > 0) {
    let cursor: string | undefined;
    for (;;) {
      const page = await tx.post.findMany({
        select: { id: true, text: true },
        orderBy: { id: "asc" },
        take: PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (page.length === 0) break;
      const tagged = page.filter((post) => post.text && matcher.match(post.text).length > 0);
      if (tagged.length > 0)
        await tx.postTheme.createMany({ data: tagged.map((post) => ({ postId: post.id, themeId, source: "rule" })) });
      postsScanned += page.length;
      taggedAfter += tagged.length;
      options.onPage?.(postsScanned);
      cursor = page[page.length - 1]!.id;
    }
  }
  written.themeTags(themeId);
  return { themeId, postsScanned, taggedBefore, taggedAfter };
}
