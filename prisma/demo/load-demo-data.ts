import type { PrismaClient } from "@prisma/client";
import { parseIsoDay } from "../../lib/metrics/dates";
import { generateAmbassadorHistories } from "./ambassadors";
import { generateDemoHistory, type DemoPost } from "./generate-history";
import { SURVEY_DATE, SURVEY_MISSIONS } from "./survey";
import { DEMO_THEMES } from "./themes";
import { DEMO_USERS } from "./demo-users";
import { loadDemoStakeholders } from "./stakeholders";
import { hashPassword } from "../../lib/auth/password";
import { loadMissionTargetDemoData } from "./mission-targets";
import { loadDemoWorkingHours } from "./working-hours";
import { writeWithRollups } from "../../lib/data/rollups/write";

export interface DemoLoadReport {
  missions: number;
  accounts: number;
  /** Ambassadors' personal accounts, apart from the survey's institutional ones. */
  personalAccounts: number;
  posts: number;
  mentions: number;
  themeTags: number;
  themes: number;
  users: number;
}

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Loads the survey missions, accounts, themes and the generated post history
 * in one transaction: either the whole demo store is there or nothing is.
 */
export async function loadDemoData(prisma: PrismaClient): Promise<DemoLoadReport> {
  const histories = generateDemoHistory(SURVEY_MISSIONS);
  const ambassadors = generateAmbassadorHistories();
  const historyByHandle = new Map(histories.map((h) => [h.handle, h]));
  const surveyDay = parseIsoDay(SURVEY_DATE)!;
  // Hashing is slow on purpose: do it before the transaction opens.
  const userHashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));

  return writeWithRollups(
    prisma,
    async (tx, written) => {
      const themeIdBySlug = new Map<string, string>();
      for (const theme of DEMO_THEMES) {
        const created = await tx.theme.create({
          data: {
            slug: theme.slug,
            name: theme.name,
            description: theme.description,
            isPriority: theme.isPriority,
            activeFrom: theme.activeFrom ? parseIsoDay(theme.activeFrom) : null,
            activeTo: theme.activeTo ? parseIsoDay(theme.activeTo) : null,
            keywords: {
              create: (["en", "mn"] as const).flatMap((language) =>
                theme.keywords[language].map((pattern) => ({ language, pattern })),
              ),
            },
          },
        });
        themeIdBySlug.set(theme.slug, created.id);
      }

      const accountIdByHandle = new Map<string, string>();
      for (const mission of SURVEY_MISSIONS) {
        const createdMission = await tx.mission.create({
          data: {
            slug: mission.slug,
            name: mission.name,
            kind: mission.kind,
            country: mission.country,
            countryCode: mission.countryCode,
            city: mission.city,
            region: mission.region,
            timeZone: mission.timeZone,
            hostLanguages: mission.hostLanguages.join(","),
            isDemo: true,
          },
        });
        for (const account of mission.accounts) {
          const history = historyByHandle.get(account.handle)!;
          const created = await tx.account.create({
            data: {
              missionId: createdMission.id,
              platform: "x",
              handle: account.handle,
              displayName: account.displayName,
              ownerType: "institutional",
              declaredUse: account.declaredUse,
              mainLanguage: account.mainLanguage,
              isPrivate: account.isPrivate ?? false,
              openedAt: history.openedAt,
              isDemo: true,
              // The survey's total is a known figure in its own right: keep it as a snapshot.
              snapshots: { create: { takenAt: surveyDay, totalPosts: account.totalTweets, source: "survey" } },
            },
          });
          accountIdByHandle.set(account.handle, created.id);
        }
      }

      for (const [i, user] of DEMO_USERS.entries()) {
        const mission = user.missionSlug
          ? await tx.mission.findUniqueOrThrow({ where: { slug: user.missionSlug } })
          : null;
        await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            missionId: mission?.id ?? null,
            passwordHash: userHashes[i]!,
            isDemo: true,
          },
        });
      }

      // Created after every survey account, so each mission's first account stays its institutional one.
      for (const history of ambassadors) {
        const mission = await tx.mission.findUniqueOrThrow({
          where: { slug: history.account.missionSlug },
          select: { id: true },
        });
        const created = await tx.account.create({
          data: {
            missionId: mission.id,
            platform: "x",
            handle: history.account.handle,
            displayName: history.account.displayName,
            ownerType: "individual",
            declaredUse: "mixed",
            mainLanguage: "en",
            openedAt: history.openedAt,
            closedAt: history.closedAt,
            isDemo: true,
          },
        });
        accountIdByHandle.set(history.account.handle, created.id);
      }

      const posts: DemoPost[] = [...histories.flatMap((h) => h.posts), ...ambassadors.flatMap((h) => h.posts)];
      await inBatches(posts, (batch) =>
        tx.post.createMany({
          data: batch.map((p) => ({
            id: p.id,
            accountId: accountIdByHandle.get(p.accountHandle)!,
            platformId: p.platformId,
            postedAt: p.postedAt,
            kind: p.kind,
            category: p.category,
            replyToHandle: p.replyToHandle,
            quotedHandle: p.quotedHandle,
            repostOfHandle: p.repostOfHandle,
            language: p.language,
            text: p.text,
            likeCount: p.likeCount,
            replyCount: p.replyCount,
            repostCount: p.repostCount,
            isDemo: true,
          })),
        }),
      );
      const mentions = posts.flatMap((p) => p.mentions.map((handle) => ({ postId: p.id, handle })));
      await inBatches(mentions, (batch) => tx.postMention.createMany({ data: batch }));
      const tags = posts.flatMap((p) =>
        p.themeSlugs.map((slug) => ({ postId: p.id, themeId: themeIdBySlug.get(slug)!, source: "rule" })),
      );
      await inBatches(tags, (batch) => tx.postTheme.createMany({ data: batch }));
      written.posts({ accountIds: [...accountIdByHandle.values()] });
      await loadMissionTargetDemoData(tx);
      await loadDemoStakeholders(tx, SURVEY_MISSIONS);
      await loadDemoWorkingHours(tx);

      return {
        missions: SURVEY_MISSIONS.length,
        accounts: accountIdByHandle.size - ambassadors.length,
        personalAccounts: ambassadors.length,
        posts: posts.length,
        mentions: mentions.length,
        themeTags: tags.length,
        themes: DEMO_THEMES.length,
        users: DEMO_USERS.length,
      };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
