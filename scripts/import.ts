/**
 * Imports an account's posts from a platform export:
 *   npm run import -- --account <account id or handle> path/to/data/tweets.js
 * Only X (Twitter) archives are supported for now (--platform x, the
 * default): unzip the archive and pass its data/tweets.js. The file is
 * checked whole before anything is written; a rejected file writes nothing.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../lib/prisma-client";
import { normalizeHandle } from "../lib/metrics/post-kind";
import { importPosts, ImportRejectedError } from "../lib/import/import-posts";
import { readXArchiveTweets } from "../lib/import/x-archive";
import { countSkippedByReason, formatProblem, type ImportProblem } from "../lib/import/types";

const MAX_LISTED_ERRORS = 50;
const ARCHIVE_EXTENSIONS = [".zip", ".tar", ".gz", ".tgz"];

const argsSchema = z.object({
  account: z.string({ error: "--account <account id or handle> is required" }).trim().min(1, "--account must not be empty"),
  platform: z.literal("x", { error: "Only X archives (--platform x) can be imported for now; Mastodon, Bluesky and RSS/Atom are planned." }),
  file: z.string({ error: "Pass the path of the archive's data/tweets.js" }).min(1),
});

class UsageError extends Error {}

function printProblems(problems: readonly ImportProblem[]) {
  console.error(`The file was rejected; nothing was written. ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems.slice(0, MAX_LISTED_ERRORS)) console.error(`  ${formatProblem(problem)}`);
  if (problems.length > MAX_LISTED_ERRORS) console.error(`  … and ${problems.length - MAX_LISTED_ERRORS} more`);
}

async function findAccount(prisma: PrismaClient, platform: string, idOrHandle: string) {
  const byId = await prisma.account.findUnique({ where: { id: idOrHandle } });
  if (byId) {
    if (byId.platform !== platform) throw new UsageError(`Account ${byId.handle} is on ${byId.platform}, not ${platform}.`);
    return byId;
  }
  // Handles compare case-insensitively; SQLite's equality does not, and accounts are few.
  const wanted = normalizeHandle(idOrHandle);
  const candidates = await prisma.account.findMany({ where: { platform } });
  const match = candidates.find((account) => normalizeHandle(account.handle) === wanted);
  if (!match) throw new UsageError(`No ${platform} account with id or handle "${idOrHandle}".`);
  return match;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { account: { type: "string" }, platform: { type: "string", default: "x" } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError(`Pass one file at a time (got ${positionals.length}).`);
  const parsed = argsSchema.safeParse({ ...values, file: positionals[0] });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
  const { file } = parsed.data;
  if (ARCHIVE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) {
    throw new UsageError("Compressed archives cannot be imported yet: unzip the X archive and pass its data/tweets.js.");
  }

  const prisma = createPrismaClient();
  try {
    const account = await findAccount(prisma, parsed.data.platform, parsed.data.account);
    console.log(`Reading ${file} for @${account.handle} …`);
    const result = await readXArchiveTweets(file, { authorHandle: account.handle });
    if (!result.ok) {
      printProblems(result.errors);
      return 1;
    }
    console.log(`Parsed ${result.read} records: ${result.records.length} to write, ${result.skipped.length} skipped.`);
    const report = await importPosts(
      prisma,
      { accountId: account.id, records: result.records, skipped: result.skipped, read: result.read, actorId: null, source: path.basename(file) },
      { onProgress: ({ phase, done, total }) => console.log(`  ${phase} ${done} of ${total}`) },
    );
    console.log(`Import finished for @${account.handle}:`);
    console.log(`  read       ${report.read}`);
    console.log(`  new        ${report.created}`);
    console.log(`  updated    ${report.updated}`);
    console.log(`  unchanged  ${report.unchanged}`);
    console.log(`  skipped    ${report.skipped.length}`);
    for (const [reason, count] of Object.entries(countSkippedByReason(report.skipped))) console.log(`    ${count} × ${reason}`);
    console.log(`  mentions   ${report.mentions}`);
    console.log(`  rule tags  ${report.themeTags}`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRejectedError) {
      printProblems(error.problems);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(error.message);
    else console.error("The import failed; nothing was written:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
