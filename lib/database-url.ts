import { mkdirSync } from "node:fs";
import path from "node:path";

/** The embedded default: a SQLite file under data/, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./data/chancery.db";

/**
 * The database URL in force: DATABASE_URL when set, else the embedded default.
 * For file URLs the parent folder is created so a fresh clone can start at once.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite "file:" URL for now (got "${url.split(":")[0]}:"); PostgreSQL support is planned.`,
    );
  }
  const filePath = sqliteFilePath(url);
  if (filePath !== ":memory:") mkdirSync(path.dirname(filePath), { recursive: true });
  return url;
}

/** File-system path of a SQLite "file:" URL (query string dropped). */
export function sqliteFilePath(url: string): string {
  const withoutScheme = url.slice("file:".length).split("?")[0] ?? "";
  if (withoutScheme.startsWith("//")) return withoutScheme.replace(/^\/\//, "");
  return withoutScheme;
}
