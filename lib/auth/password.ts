import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// argon2id (Algorithm.Argon2id = 2; the enum is a const enum that isolated modules cannot import)
// with OWASP's minimum recommended cost: 19 MiB, 2 passes, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z
  .string()
  .min(12, { message: "password_too_short" })
  .max(200, { message: "password_too_long" });

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
