import { Prisma } from "@prisma/client";

/** SQLite's result codes for "another connection holds the lock": SQLITE_BUSY and SQLITE_LOCKED. */
const SQLITE_LOCK_CODES = new Set(["5", "6"]);

/**
 * Whether a store error means "another writer holds the lock, try again in a
 * moment" rather than a bug: SQLite's busy or locked result once the busy
 * timeout (lib/sqlite-adapter.ts) has passed, as Prisma reports it from the
 * libSQL driver adapter (P1008 for a model query, P2010 for a raw one, the
 * driver's code in meta), and Prisma's own timeout starting a transaction.
 */
export function isStoreBusy(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2028") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return typeof cause?.originalCode === "string" && SQLITE_LOCK_CODES.has(cause.originalCode);
}
