import type { PrismaClient } from "@prisma/client";

/**
 * The small store both backup tests (SQLite and PostgreSQL) back up and
 * restore: one mission, one account, one theme, 30 posts (text with
 * Cyrillic), every third one tagged.
 */
export async function seedBackupFixture(db: PrismaClient): Promise<void> {
  const mission = await db.mission.create({
    data: { slug: "germany", name: "Germany", kind: "embassy", country: "Germany", timeZone: "Europe/Berlin" },
  });
  const account = await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "MongoliaInDE" } });
  const theme = await db.theme.create({
    data: { slug: "climate", name: "Climate change", keywords: { create: [{ language: "en", pattern: "climate" }] } },
  });
  for (let i = 0; i < 30; i++) {
    const post = await db.post.create({
      data: {
        accountId: account.id,
        platformId: `p${i}`,
        postedAt: new Date(Date.UTC(2017, 6, 1 + i, 9)),
        kind: "original",
        category: "broadcast",
        text: `Climate note ${i} — Ардчилал`,
        likeCount: i,
      },
    });
    if (i % 3 === 0) await db.postTheme.create({ data: { postId: post.id, themeId: theme.id, source: "rule" } });
  }
}
