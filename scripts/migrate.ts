/**
 * Applies the migrations under prisma/migrations to the store named by
 * DATABASE_URL (default: data/chancery.db) and switches it to write-ahead
 * logging so the web server can read while an import writes.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createPrismaClient, enableWriteAheadLog } from "../lib/prisma-client";
import { resolveDatabaseUrl } from "../lib/database-url";

async function main() {
  const url = resolveDatabaseUrl();
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
