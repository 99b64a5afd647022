/**
 * What a load balancer asks before it sends traffic: can this instance reach
 * its store, and is the store's schema the one this build expects? The answer
 * names no table, query or error text: those go to the server log only.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { dialectOf } from "../data/sql-dialect";
import { activeStoreKind, type StoreKind } from "../database-url";
import { logEvent } from "./log";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: { status: "current" | "pending" | "failed" | "unknown"; applied: number; expected: number };
}

const shipped = new Map<StoreKind, string[]>();

/**
 * Migration folders this build ships for the store in use (prisma/migrations or
 * prisma/postgresql/migrations, NNNN_name), read once: they do not change while it runs.
 */
export function expectedMigrations(store: StoreKind = activeStoreKind()): string[] {
  let folders = shipped.get(store);
  if (!folders) shipped.set(store, (folders = readMigrationFolders(process.cwd(), store)));
  return folders;
}

function readMigrationFolders(root: string, store: StoreKind): string[] {
  try {
    const folder =
      store === "postgresql"
        ? path.join(root, "prisma", "postgresql", "migrations")
        : path.join(root, "prisma", "migrations");
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

/** Compares the store's migration record with the build's folders. */
export function migrationStatus(
  rows: readonly MigrationRow[],
  expected: readonly string[],
): HealthReport["migrations"] {
  const applied = new Set(
    rows.filter((row) => row.finished_at != null && row.rolled_back_at == null).map((row) => row.migration_name),
  );
  const failed = rows.some((row) => row.finished_at == null && row.rolled_back_at == null);
  if (expected.length === 0) return { status: "unknown", applied: applied.size, expected: 0 };
  const pending = expected.filter((name) => !applied.has(name));
  return {
    status: failed ? "failed" : pending.length > 0 ? "pending" : "current",
    applied: applied.size,
    expected: expected.length,
  };
}

export async function checkHealth(
  db: PrismaClient,
  expected = expectedMigrations(dialectOf(db).store),
): Promise<HealthReport> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    logHealthFailure(error);
    return {
      status: "unavailable",
      database: "unreachable",
      migrations: { status: "unknown", applied: 0, expected: expected.length },
    };
  }
  let rows: MigrationRow[];
  try {
    rows = await db.$queryRawUnsafe<MigrationRow[]>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
  } catch (error) {
    // Reachable, but never migrated.
    logHealthFailure(error);
    rows = [];
  }
  const migrations = migrationStatus(rows, expected);
  return { status: migrations.status === "current" ? "ok" : "unavailable", database: "ok", migrations };
}

function logHealthFailure(error: unknown) {
  logEvent("error", "health_check_failed", {
    message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
  });
}
