// Ad hoc: builds one synthetic store for profiling queries (not part of the benchmark).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createPrismaClient, enableWriteAheadLog } from "../../lib/prisma-client";
import { buildSyntheticStore, MINISTRY_SCALE } from "./synthetic-ministry";

async function main() {
  const [file, postsArg] = process.argv.slice(2);
  const url = `file:${file}`;
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  spawnSync("node_modules/.bin/tsx", ["scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
  process.env.DATABASE_URL = url;
  const prisma = createPrismaClient(url);
  await enableWriteAheadLog(prisma);
  const t = performance.now();
  const r = await buildSyntheticStore(prisma, { ...MINISTRY_SCALE, posts: Number(postsArg) });
  await prisma.$executeRawUnsafe("ANALYZE");
  console.log(JSON.stringify(r), ((performance.now() - t) / 1000).toFixed(1), "s");
  await prisma.$disconnect();
}
void main();
