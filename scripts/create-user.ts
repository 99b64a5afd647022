/**
 * Creates a user from the command line, e.g. the first administrator of a new
 * install:
 *   npm run user:create -- --email it@mfa.example --name "IT Desk" --role admin
 * The password is read from CHANCERY_NEW_PASSWORD or asked for on the terminal.
 * Ambassadors need --mission <mission slug>.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { createPrismaClient } from "../lib/prisma-client";
import { ROLES } from "../lib/auth/permissions";
import { hashPassword, passwordSchema } from "../lib/auth/password";
import { writeAudit } from "../lib/auth/audit";

const argsSchema = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    name: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    mission: z.string().trim().min(1).optional(),
  })
  .refine((a) => (a.role === "ambassador") === Boolean(a.mission), {
    message: "--mission is required for ambassadors and allowed only for them",
  });

async function readPassword(): Promise<string> {
  if (process.env.CHANCERY_NEW_PASSWORD) return process.env.CHANCERY_NEW_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("Set CHANCERY_NEW_PASSWORD or run in a terminal to type the password.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question("Password (at least 12 characters): ");
  } finally {
    rl.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      mission: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "arguments"}: ${i.message}`).join("; "));
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error("The password must have 12 to 200 characters.");

  const prisma = createPrismaClient();
  try {
    const mission = parsed.data.mission
      ? await prisma.mission.findUnique({ where: { slug: parsed.data.mission } })
      : null;
    if (parsed.data.mission && !mission) throw new Error(`No mission with slug "${parsed.data.mission}".`);
    if (await prisma.user.findUnique({ where: { email: parsed.data.email } }))
      throw new Error(`A user with e-mail ${parsed.data.email} exists already.`);
    const passwordHash = await hashPassword(password.data);
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: parsed.data.email,
          name: parsed.data.name,
          role: parsed.data.role,
          missionId: mission?.id ?? null,
          passwordHash,
        },
      });
      await writeAudit(tx, {
        actorId: null,
        action: "user_created",
        targetType: "user",
        targetId: created.id,
        details: { email: created.email, role: created.role, via: "cli" },
      });
      return created;
    });
    console.log(`Created ${user.role} ${user.email}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
