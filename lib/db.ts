import "server-only";
import { env } from "./env";
import { createPrismaClient, type ChanceryPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { chanceryPrisma?: ChanceryPrismaClient };

/** The one Prisma client of this server process (kept across hot reloads in development). */
export const prisma: ChanceryPrismaClient = globalForPrisma.chanceryPrisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.chanceryPrisma = prisma;
