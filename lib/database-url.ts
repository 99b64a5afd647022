import { mkdirSync } from "node:fs";
import path from "node:path";
import { readEnvVar } from "./env";

export { DEFAULT_DATABASE_URL } from "./env";

/** The two stores Chancery runs on, chosen by the scheme of DATABASE_URL. */
export type StoreKind = "sqlite" | "postgresql";

/** `file:` → SQLite, `postgresql:` or `postgres:` → PostgreSQL; anything else is refused. */
export function storeKind(url: string): StoreKind {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite "file:" URL or a "postgresql://" URL (got "${url.split(":")[0]}:").`);
}

/**
 * The database URL in force: DATABASE_URL when set, else the embedded default
 * (lib/env.ts). For file URLs the parent folder is created so a fresh clone can start at once.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = readEnvVar("DATABASE_URL", env);
  if (storeKind(url) === "postgresql") return url;
  const filePath = sqliteFilePath(url);
  if (filePath !== ":memory:") mkdirSync(path.dirname(filePath), { recursive: true });
  return url;
}

/** The kind of store this process runs on (DATABASE_URL read at each call: tests switch it). */
export function activeStoreKind(env: NodeJS.ProcessEnv = process.env): StoreKind {
  return storeKind(readEnvVar("DATABASE_URL", env));
}

/** File-system path of a SQLite "file:" URL (query string dropped). */
export function sqliteFilePath(url: string): string {
  const withoutScheme = url.slice("file:".length).split("?")[0] ?? "";
  if (withoutScheme.startsWith("//")) return withoutScheme.replace(/^\/\//, "");
  return withoutScheme;
}

/** A PostgreSQL URL with its password replaced, for messages and logs. */
export function redactedDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
