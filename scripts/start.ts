/**
 * Starts the production server after refusing unsafe configurations:
 * no AUTH_SECRET (or a short one), or demo users with published passwords
 * still active. `npm run demo` passes --demo, which allows the demo users and
 * creates a per-install secret under data/ when none is set.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { resolveDatabaseUrl, sqliteFilePath } from "../lib/database-url";
import { readEnv } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { startStandaloneServer } from "./standalone-server";

// Read .env files exactly as `next start` will, so the checks see the same values.
loadEnvConfig(process.cwd());

async function main() {
  const demo = process.argv.includes("--demo");
  const portIndex = process.argv.indexOf("--port");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (!env.AUTH_SECRET && demo) {
    const file = path.join(process.cwd(), "data", "demo-auth-secret");
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  // Every setting checked before the server starts: a malformed one is refused by name (lib/env.ts).
  const settings = readEnv(env);
  const port = portIndex > 0 ? process.argv[portIndex + 1] : String(settings.PORT);
  if (!settings.AUTH_SECRET || settings.AUTH_SECRET.length < 32) {
    throw new Error(
      "AUTH_SECRET must be set to a random value of at least 32 characters (e.g. `openssl rand -base64 32`).",
    );
  }

  if (!demo) {
    const prisma = createPrismaClient();
    try {
      const demoUsers = await prisma.user.count({ where: { isDemo: true, isActive: true } });
      if (demoUsers > 0) {
        throw new Error(
          `${demoUsers} demo user(s) with published passwords are active. Deactivate them (admin → Users) or run the demo with \`npm run demo\`.`,
        );
      }
    } finally {
      await prisma.$disconnect();
    }
  }

  // The standalone server runs from its own folder: a relative SQLite path must not move with it.
  const url = resolveDatabaseUrl(env);
  env.DATABASE_URL = url.startsWith("file:") ? `file:${path.resolve(sqliteFilePath(url))}` : url;
  // HOSTNAME is often the machine's name in a shell; the server must listen on every interface unless told otherwise.
  startStandaloneServer({ port: port!, host: settings.CHANCERY_LISTEN_HOST, env });
}

main().catch((error: unknown) => {
  console.error(`Refusing to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
