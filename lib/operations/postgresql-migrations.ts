/**
 * Applies prisma/postgresql/migrations to a PostgreSQL store. `prisma migrate
 * deploy` cannot do it with driver adapters in Prisma 6.19 (it fails with
 * "Column type 'name' could not be deserialized"), so this runner does what it
 * would: migrations in name order, each recorded in "_prisma_migrations" (the
 * same table and columns Prisma keeps on SQLite, so /api/health reads both
 * stores alike). Each migration and its record commit in one transaction
 * (PostgreSQL's DDL is transactional): a migration is applied and recorded, or
 * neither. A record without a finish time (written by another tool, or by
 * hand) is reported and stops the run, as is a shipped migration edited after
 * it was applied. An advisory lock keeps two instances starting at once from
 * migrating together.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

export const POSTGRESQL_MIGRATIONS_DIR = path.join("prisma", "postgresql", "migrations");

/** Any fixed number: the key of the advisory lock held while migrating. */
const MIGRATION_LOCK_KEY = 72_114_203;

export class MigrationError extends Error {}

export interface ShippedMigration {
  name: string;
  sql: string;
  /** SHA-256 of migration.sql, hex: what Prisma records as the checksum. */
  checksum: string;
}

export function readShippedMigrations(dir = path.join(process.cwd(), POSTGRESQL_MIGRATIONS_DIR)): ShippedMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const CREATE_RECORD_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** What stands in the way of applying `shipped` on top of `applied`, or null. */
export function migrationConflict(applied: readonly AppliedRow[], shipped: readonly ShippedMigration[]): string | null {
  const unfinished = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (unfinished) {
    return `Migration ${unfinished.migration_name} was started at ${unfinished.started_at.toISOString()} and never finished: the store may be half-migrated. Check the store against prisma/postgresql/migrations/${unfinished.migration_name}/migration.sql, then set rolled_back_at on its row in "_prisma_migrations" (to retry it) or finished_at (if it is in fact applied).`;
  }
  const byName = new Map(shipped.map((m) => [m.name, m]));
  for (const row of applied) {
    if (row.finished_at === null) continue;
    const migration = byName.get(row.migration_name);
    if (!migration)
      return `The store has migration ${row.migration_name}, which this version does not ship: it was migrated by a newer version of Chancery.`;
    if (migration.checksum !== row.checksum)
      return `Migration ${row.migration_name} was changed after it was applied to this store (checksum differs).`;
  }
  return null;
}

export interface MigrationOutcome {
  applied: string[];
  alreadyApplied: number;
}

export async function applyPostgresqlMigrations(
  url: string,
  shipped = readShippedMigrations(),
): Promise<MigrationOutcome> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_RECORD_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, started_at, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const conflict = migrationConflict(rows, shipped);
    if (conflict) throw new MigrationError(conflict);
    const done = new Set(
      rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name),
    );
    const applied: string[] = [];
    for (const migration of shipped) {
      if (done.has(migration.name)) continue;
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ($1, $2, $3, now(), clock_timestamp(), 1)',
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back (nothing of it is applied): ${reason}`,
        );
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
