/**
 * Loads the demo data (the 2017 survey of Mongolian mission accounts with a
 * generated post history) into an empty store. A store that already holds
 * missions is left alone, so the command is safe to repeat.
 */
import { createPrismaClient, enableWriteAheadLog } from "../lib/prisma-client";
import { loadDemoData } from "./demo/load-demo-data";

async function main() {
  const prisma = createPrismaClient();
  try {
    await enableWriteAheadLog(prisma);
    const existing = await prisma.mission.count();
    if (existing > 0) {
      console.log(`Store already holds ${existing} missions: demo data not loaded.`);
      return;
    }
    const started = Date.now();
    const report = await loadDemoData(prisma);
    console.log(
      `Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${report.missions} missions, ${report.accounts} accounts (+ ${report.personalAccounts} ambassadors' personal), ${report.posts} posts, ` +
        `${report.mentions} mentions, ${report.themes} themes, ${report.themeTags} theme tags, ${report.users} demo users.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
