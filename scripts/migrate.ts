/**
 * Applies the migrations to the store named by DATABASE_URL (default:
 * data/chancery.db). SQLite: prisma/migrations through `prisma migrate
 * deploy`, then write-ahead logging so the web server can read while an
 * import writes. PostgreSQL: prisma/postgresql/migrations through
 * lib/operations/postgresql-migrations.ts.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createPrismaClient, enableWriteAheadLog } from "../lib/prisma-client";
import { redactedDatabaseUrl, resolveDatabaseUrl, storeKind } from "../lib/database-url";
import { backfillRollups } from "../lib/data/rollups/write";
import { applyPostgresqlMigrations } from "../lib/operations/postgresql-migrations";

async function migrateSqlite(url: string) {
  const prismaCli = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prismaCli, ["migrate", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${result.status ?? "signal"})`);
  const prisma = createPrismaClient(url);
  try {
    const mode = await enableWriteAheadLog(prisma);
    console.log(`Journal mode: ${mode}`);
  } finally {
    await prisma.$disconnect();
  }
}

async function migratePostgresql(url: string) {
  console.log(`PostgreSQL store ${redactedDatabaseUrl(url)}`);
  const outcome = await applyPostgresqlMigrations(url);
  for (const name of outcome.applied) console.log(`Applied migration ${name}`);
  console.log(
    outcome.applied.length === 0
      ? `No pending migrations (${outcome.alreadyApplied} applied).`
      : `${outcome.applied.length} migration(s) applied, ${outcome.alreadyApplied} were already applied.`,
  );
}

/** Rollups are derived data: a store upgraded from before them gets them computed from its posts. */
async function backfill(url: string) {
  const prisma = createPrismaClient(url);
  try {
    const started = performance.now();
    if (await backfillRollups(prisma))
      console.log(`Rollups written from the stored posts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const url = resolveDatabaseUrl();
  if (storeKind(url) === "postgresql") await migratePostgresql(url);
  else await migrateSqlite(url);
  await backfill(url);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
