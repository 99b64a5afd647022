/**
 * Imports one export file, exactly as the upload screen does:
 *   npm run import -- --account <account id or handle> path/to/file
 *   npm run import -- path/to/missions.csv        (directory files need no account)
 *   npm run import -- --account <blog account> https://example.org/feed.xml
 *   npm run import -- --account <id or handle> --confirm-other-account file
 *     (the file names another account than this one, e.g. after a rename or a move; audited)
 *   npm run import -- --recover
 *     (marks runs whose process died as interrupted, and lists them; every import does it first)
 * The format is recognised from the file itself. The file is checked whole
 * before anything is written; a refused file writes nothing and exits 1.
 * Every run is recorded and listed on the import screen.
 */
import { parseArgs } from "node:util";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../lib/prisma-client";
import { normalizeHandle } from "../lib/metrics/post-kind";
import { createTranslator } from "use-intl/core";
import { fetchFeed } from "../lib/import/fetch-feed";
import messages from "../messages/en/index";
import { IMPORT_MAX_BYTES } from "../lib/import/formats";
import {
  completeImportRun,
  markInterruptedRuns,
  PLATFORMS_BY_FORMAT,
  startImportRun,
  type InterruptedRun,
  type ImportRunOutcome,
  type ImportRunProgress,
} from "../lib/import/run-import";
import { formatProblem } from "../lib/import/problem-text";
import type { ImportProblem } from "../lib/import/types";
import { platformSchema } from "../lib/validations/domain";

const MAX_LISTED_ERRORS = 50;

const argsSchema = z.object({
  account: z.string().trim().min(1, "--account must not be empty").optional(),
  platform: platformSchema.optional(),
  file: z.string({ error: "Pass the path of the file to import." }).min(1),
});

class UsageError extends Error {}

function printProblems(problems: readonly ImportProblem[], total: number) {
  console.error(`The file was refused; nothing was written. ${total} problem${total === 1 ? "" : "s"}:`);
  for (const problem of problems.slice(0, MAX_LISTED_ERRORS)) console.error(`  ${formatProblem(problem)}`);
  if (total > MAX_LISTED_ERRORS) console.error(`  … and ${total - MAX_LISTED_ERRORS} more (see the import screen)`);
}

async function findAccount(prisma: PrismaClient, idOrHandle: string, platform: string | undefined) {
  const byId = await prisma.account.findUnique({ where: { id: idOrHandle } });
  if (byId) return byId;
  // Handles compare case-insensitively; SQLite's equality does not, and accounts are few.
  const wanted = normalizeHandle(idOrHandle);
  const candidates = await prisma.account.findMany({ where: platform ? { platform } : {} });
  const matches = candidates.filter((account) => normalizeHandle(account.handle) === wanted);
  if (matches.length === 0)
    throw new UsageError(`No ${platform ? `${platform} ` : ""}account with id or handle "${idOrHandle}".`);
  if (matches.length > 1) {
    throw new UsageError(
      `"${idOrHandle}" is a handle on ${matches.map((m) => m.platform).join(", ")}: add --platform <platform>.`,
    );
  }
  return matches[0]!;
}

/** One line redrawn in place on a terminal; a line per tenth otherwise (logs, CI). */
function progressPrinter() {
  const tty = process.stdout.isTTY === true;
  let lastTenth = -1;
  let lastPhase = "";
  return (progress: ImportRunProgress) => {
    if (progress.phase === "writing" && progress.total > 0) {
      const fraction = progress.written / progress.total;
      if (tty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        process.stdout.write(
          `\r  [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progress.written}/${progress.total} written`,
        );
        if (progress.written === progress.total) process.stdout.write("\n");
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth !== lastTenth) console.log(`  written ${progress.written} of ${progress.total}`);
        lastTenth = tenth;
      }
    } else if (progress.phase !== lastPhase && progress.phase === "parsing") {
      console.log("  reading and checking the file …");
    }
    lastPhase = progress.phase;
  };
}

function printReport(outcome: ImportRunOutcome) {
  console.log(`  format     ${outcome.format}`);
  console.log(`  read       ${outcome.read}`);
  console.log(`  new        ${outcome.created}`);
  console.log(`  updated    ${outcome.updated}`);
  console.log(`  unchanged  ${outcome.unchanged}`);
  console.log(`  skipped    ${outcome.skipped}`);
  for (const [reason, count] of Object.entries(outcome.skippedReasons)) console.log(`    ${count} × ${reason}`);
  if (outcome.mentions || outcome.themeTags) {
    console.log(`  mentions   ${outcome.mentions}`);
    console.log(`  rule tags  ${outcome.themeTags}`);
  }
}

function printInterrupted(runs: readonly InterruptedRun[]) {
  for (const run of runs) console.log(`  ${run.id}  ${run.fileName}  started ${run.startedAt.toISOString()}`);
}

/** Marks the runs whose process died; with --recover that is all it does. */
async function recover(prisma: PrismaClient, only: boolean): Promise<void> {
  const runs = await markInterruptedRuns(prisma);
  if (runs.length > 0) {
    console.log(
      `${runs.length} import run${runs.length === 1 ? "" : "s"} whose process had stopped marked as interrupted (nothing of them was written):`,
    );
    printInterrupted(runs);
  } else if (only) {
    console.log("No import run was left running by a stopped process.");
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      account: { type: "string" },
      platform: { type: "string" },
      "confirm-other-account": { type: "boolean" },
      recover: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.recover) {
    if (positionals.length > 0 || values.account) throw new UsageError("--recover takes no file and no account.");
    const prisma = createPrismaClient();
    try {
      await recover(prisma, true);
      return 0;
    } finally {
      await prisma.$disconnect();
    }
  }
  if (positionals.length > 1) throw new UsageError(`Pass one file at a time (got ${positionals.length}).`);
  const parsed = argsSchema.safeParse({ account: values.account, platform: values.platform, file: positionals[0] });
  if (!parsed.success)
    throw new UsageError(parsed.error.issues.map((i) => `${i.path.join(".") || "arguments"}: ${i.message}`).join("; "));
  const { file } = parsed.data;
  const isUrl = /^https?:\/\//i.test(file);
  let bytes: Uint8Array = new Uint8Array(0);
  if (!isUrl) {
    const size = await stat(file).then(
      (s) => s.size,
      () => {
        throw new UsageError(`Cannot read ${file}.`);
      },
    );
    if (size > IMPORT_MAX_BYTES)
      throw new UsageError(`${file} is larger than the ${IMPORT_MAX_BYTES / 1024 / 1024} MB limit.`);
    // The Buffer itself: a copy would hold a 200 MB file twice.
    bytes = await readFile(file);
  }

  const prisma = createPrismaClient();
  try {
    await recover(prisma, false);
    const account = parsed.data.account ? await findAccount(prisma, parsed.data.account, parsed.data.platform) : null;
    // The account is settled before the server sends anything to the address.
    if (isUrl) {
      const feedErrors = createTranslator({ locale: "en", messages, namespace: "imports.upload.feedErrors" });
      if (!account || !PLATFORMS_BY_FORMAT.feed?.includes(account.platform))
        throw new UsageError(feedErrors("not_a_feed_account"));
      const fetched = await fetchFeed(file);
      if (!fetched.ok) {
        const { code, ...values } = fetched.problem;
        throw new UsageError(feedErrors(code, values));
      }
      bytes = new TextEncoder().encode(fetched.content);
    }
    console.log(`Importing ${file}${account ? ` for ${account.platform} @${account.handle}` : ""} …`);
    const fileName = isUrl ? new URL(file).host + new URL(file).pathname : path.basename(file);
    const input = {
      fileName: fileName.slice(0, 255),
      bytes,
      accountId: account?.id ?? null,
      actorId: null,
      via: "cli" as const,
      confirmOtherAccount: values["confirm-other-account"] === true,
    };
    const runId = await startImportRun(prisma, input);
    const outcome = await completeImportRun(prisma, runId, input, progressPrinter());
    if (outcome.status !== "succeeded") {
      printProblems(outcome.errors, outcome.errorCount);
      return 1;
    }
    console.log(`Import finished (run ${runId}):`);
    printReport(outcome);
    return 0;
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
