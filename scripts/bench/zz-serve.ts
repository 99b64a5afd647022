// scratch: serve a store with the standalone build; NODE_OPTIONS passes through
import { createPrismaClient } from "../../lib/prisma-client";
import { hashPassword } from "../../lib/auth/password";
import { BENCH_ANALYST } from "./http";
import { startStandaloneServer } from "../standalone-server";
async function main() {
  const url = `file:${process.argv[2]}`;
  const prisma = createPrismaClient(url);
  const has = await prisma.user.findFirst({ where: { email: BENCH_ANALYST.email } });
  if (!has) await prisma.user.create({ data: { email: BENCH_ANALYST.email, name: BENCH_ANALYST.name, role: "analyst", passwordHash: await hashPassword(BENCH_ANALYST.password), isDemo: true } });
  await prisma.$disconnect();
  if (process.argv[4] !== "nostart") startStandaloneServer({ port: process.argv[3] ?? "3901", host: "127.0.0.1", env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench-only-secret-not-for-production-0123456789" } });
}
void main();
