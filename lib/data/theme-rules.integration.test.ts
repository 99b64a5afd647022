import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { periodEndingAt } from "../metrics/dates";
import type { Viewer } from "../auth/permissions";
import { retagTheme } from "../themes/retag";

let database: TestDatabase;
let db: PrismaClient;
let rules: typeof import("./theme-rules");
let themes: typeof import("./themes");
const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const ids = { theme: "", other: "", posts: [] as string[], germany: "", singapore: "" };
const TEXTS = [
  "Ардчилал, хүний эрхийн талаар ярилцлаа", // mn: ардчил*
  "Democracy week at the embassy",
  "Trade talks on mining and investment",
  "A democratic transition, twenty-five years on",
  "Concert of the Mongolian state ensemble",
];

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  const mission = (slug: string) => db.mission.create({ data: { slug, name: slug, kind: "embassy", country: slug, timeZone: "UTC" } });
  const germany = await mission("germany");
  const singapore = await mission("singapore");
  ids.germany = germany.id;
  ids.singapore = singapore.id;
  const account = await db.account.create({ data: { missionId: germany.id, platform: "x", handle: "de" } });
  const other = await db.account.create({ data: { missionId: singapore.id, platform: "x", handle: "sg" } });
  for (const [i, text] of TEXTS.entries()) {
    const post = await db.post.create({
      data: { accountId: i === 4 ? other.id : account.id, platformId: String(i), postedAt: new Date(`2017-08-0${i + 1}T10:00:00Z`), kind: "original", category: "broadcast", text },
    });
    ids.posts.push(post.id);
  }
  const theme = await db.theme.create({ data: { slug: "democratization", name: "Democratization", isPriority: true, keywords: { create: [{ language: "mn", pattern: "ардчил*" }] } } });
  ids.theme = theme.id;
  ids.other = (await db.theme.create({ data: { slug: "culture", name: "Culture" } })).id;
  await retagTheme(db, theme.id);
  rules = await import("./theme-rules");
  themes = await import("./themes");
});

afterAll(async () => {
  await db?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const tagged = async (source: string, themeId = ids.theme) =>
  (await db.postTheme.findMany({ where: { themeId, source }, select: { postId: true } })).map((t) => ids.posts.indexOf(t.postId)).sort();

describe("keyword rules and re-tagging", () => {
  it("tags matching posts when a rule is added and untags them when it is removed, keeping manual tags", async () => {
    expect(await tagged("rule")).toEqual([0]);
    await rules.setManualTag(analyst, ids.posts[2]!, ids.theme, true);
    const added = await rules.addKeywordRule(analyst, { themeId: ids.theme, language: "en", pattern: "democra*" });
    expect(added).toMatchObject({ postsScanned: 5, taggedBefore: 1, taggedAfter: 3 });
    expect(await tagged("rule")).toEqual([0, 1, 3]);
    expect(await tagged("manual")).toEqual([2]);
    const removed = await rules.removeKeywordRule(analyst, { themeId: ids.theme, language: "en", pattern: "democra*" });
    expect(removed).toMatchObject({ taggedBefore: 3, taggedAfter: 1 });
    expect(await tagged("rule")).toEqual([0]);
    expect(await tagged("manual")).toEqual([2]);
    expect(await db.auditEntry.count({ where: { action: "theme_rules_changed" } })).toBe(2);
  });

  it("counts a post with both a rule tag and a manual tag once", async () => {
    await rules.setManualTag(analyst, ids.posts[0]!, ids.theme, true);
    const detail = await themes.getThemeDetail(analyst, ids.theme, periodEndingAt(new Date("2017-08-15T00:00:00Z"), 90));
    // Post 0 (rule and manual) and post 2 (manual): two posts, not three tags.
    expect(detail?.taggedPosts).toBe(2);
    await rules.setManualTag(analyst, ids.posts[0]!, ids.theme, false);
  });

  it("refuses duplicates, unknown themes and other roles, changing nothing", async () => {
    const before = await db.postTheme.count();
    await expect(rules.addKeywordRule(analyst, { themeId: ids.theme, language: "mn", pattern: "ардчил*" })).rejects.toMatchObject({ code: "conflict" });
    await expect(rules.removeKeywordRule(analyst, { themeId: ids.theme, language: "en", pattern: "never added" })).rejects.toMatchObject({ code: "not_found" });
    await expect(rules.addKeywordRule(analyst, { themeId: "nope", language: "en", pattern: "x" })).rejects.toMatchObject({ code: "not_found" });
    for (const role of ["leadership", "ambassador"] as const) {
      const viewer: Viewer = { userId: null, role, missionId: role === "ambassador" ? ids.germany : null };
      await expect(rules.addKeywordRule(viewer, { themeId: ids.theme, language: "en", pattern: "trade" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(rules.setManualTag(viewer, ids.posts[1]!, ids.theme, true)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(rules.setManualTag(analyst, "no-such-post", ids.theme, true)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.postTheme.count()).toBe(before);
    expect(await db.themeKeyword.count()).toBe(1);
  });

  it("leaves rules and tags as they were when re-tagging fails part-way", async () => {
    const before = { tags: await tagged("rule"), keywords: await db.themeKeyword.count() };
    await db.themeKeyword.create({ data: { themeId: ids.theme, language: "en", pattern: "trade" } });
    await expect(
      db.$transaction(async (tx) => {
        await retagTheme(tx, ids.theme, {
          onPage: () => {
            throw new Error("disk full");
          },
        });
      }),
    ).rejects.toThrow("disk full");
    expect(await tagged("rule")).toEqual(before.tags);
    await db.themeKeyword.deleteMany({ where: { pattern: "trade" } });
    expect(await db.themeKeyword.count()).toBe(before.keywords);
  });
});
