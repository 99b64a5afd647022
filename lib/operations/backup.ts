/**
 * Backup and restore of the embedded SQLite store, both safe while the app
 * runs. A backup is SQLite's own online copy (VACUUM INTO: one consistent
 * snapshot, even while an import writes). A restore is checked whole first
 * (a readable SQLite file, intact, made at exactly this store's migrations)
 * and then replaces every table's rows in one write transaction, so readers
 * see the old data or the restored data and never a mix, and a failed
 * restore changes nothing.
 */
import { existsSync, openSync, readSync, closeSync, statSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { sqliteFilePath } from "../database-url";
import { withBusyTimeout } from "../sqlite-adapter";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupReport {
  path: string;
  bytes: number;
  tables: number;
  rows: number;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  migrations: number;
}

const SQLITE_HEADER = "SQLite format 3\0";

function open(url: string): Client {
  return withBusyTimeout(createClient({ url }));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function dataTables(client: Client, schema = "main"): Promise<string[]> {
  const result = await client.execute(
    `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
  );
  return result.rows.map((row) => String(row.name));
}

async function columnsOf(client: Client, table: string, schema = "main"): Promise<string[]> {
  const result = await client.execute(`PRAGMA ${schema}.table_info(${quoteIdentifier(table)})`);
  return result.rows.map((row) => String(row.name));
}

async function appliedMigrations(client: Client): Promise<string[]> {
  try {
    const result = await client.execute(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    );
    return result.rows.map((row) => String(row.migration_name));
  } catch {
    return [];
  }
}

async function countRows(client: Client, tables: readonly string[]): Promise<number> {
  let rows = 0;
  for (const table of tables) {
    const result = await client.execute(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(table)}`);
    rows += Number(result.rows[0]?.n ?? 0);
  }
  return rows;
}

function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [x, y] = [statSync(a), statSync(b)];
  return x.dev === y.dev && x.ino === y.ino;
}

function isSqliteFile(file: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile() || statSync(file).size < 100) return false;
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString("latin1") === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Writes a consistent copy of the store to `outPath` (which must not exist yet). */
export async function backupSqlite(databaseUrl: string, outPath: string): Promise<BackupReport> {
  if (existsSync(outPath)) throw new BackupError(`“${outPath}” already exists; choose a new file name.`);
  const source = open(databaseUrl);
  try {
    await source.execute({ sql: "VACUUM INTO ?", args: [outPath] });
  } finally {
    source.close();
  }
  const copy = open(`file:${outPath}`);
  try {
    const check = await copy.execute("PRAGMA integrity_check");
    if (String(check.rows[0]?.[0]) !== "ok")
      throw new BackupError("The copy failed its integrity check; it is not a usable backup.");
    const tables = await dataTables(copy);
    return { path: outPath, bytes: statSync(outPath).size, tables: tables.length, rows: await countRows(copy, tables) };
  } finally {
    copy.close();
  }
}

/** Replaces the store's data with the backup's. Refuses, changing nothing, unless the backup is intact and of the same migrations. */
export async function restoreSqlite(databaseUrl: string, backupPath: string): Promise<RestoreReport> {
  // Before the file is opened at all: closing a descriptor on the live store would drop this
  // process's SQLite locks on it (POSIX locks are per process and file).
  if (isSameFile(sqliteFilePath(databaseUrl), backupPath)) throw new BackupError("The backup is the store itself.");
  if (!isSqliteFile(backupPath))
    throw new BackupError(`“${backupPath}” is not a SQLite backup made by Chancery (no SQLite header).`);

  const backup = open(`file:${backupPath}`);
  let backupMigrations: string[];
  let backupTables: Map<string, string[]>;
  try {
    let check: string;
    try {
      check = String((await backup.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    } catch {
      throw new BackupError(`“${backupPath}” cannot be read as a SQLite database.`);
    }
    if (check !== "ok") throw new BackupError(`“${backupPath}” is damaged (integrity check: ${check.slice(0, 200)}).`);
    backupMigrations = await appliedMigrations(backup);
    if (backupMigrations.length === 0)
      throw new BackupError(`“${backupPath}” holds no Chancery migrations: it is not a Chancery backup.`);
    backupTables = new Map();
    for (const table of await dataTables(backup)) backupTables.set(table, await columnsOf(backup, table));
  } finally {
    backup.close();
  }

  const store = open(databaseUrl);
  try {
    const storeMigrations = await appliedMigrations(store);
    if (storeMigrations.join("\n") !== backupMigrations.join("\n")) {
      throw new BackupError(
        `The backup was made at migration ${backupMigrations.at(-1)} and the store is at ${storeMigrations.at(-1) ?? "none"}: ` +
          "restore into a store of the same version (run `npm run db:migrate` on the restored copy afterwards when upgrading).",
      );
    }
    const tables = await dataTables(store);
    const columns = new Map<string, string[]>();
    for (const table of tables) {
      const own = await columnsOf(store, table);
      const theirs = backupTables.get(table);
      if (!theirs || theirs.join(",") !== own.join(","))
        throw new BackupError(`The backup's table ${table} does not match the store's.`);
      columns.set(table, own);
    }
    if (backupTables.size !== tables.length) throw new BackupError("The backup has tables this store does not have.");

    // ATTACH cannot run inside a transaction; the transaction then takes this same connection.
    await store.execute({ sql: "ATTACH DATABASE ? AS backup", args: [backupPath] });
    const tx = await store.transaction("write");
    let rows = 0;
    try {
      await tx.execute("PRAGMA defer_foreign_keys = ON");
      for (const table of tables) await tx.execute(`DELETE FROM main.${quoteIdentifier(table)}`);
      for (const table of tables) {
        const list = columns.get(table)!.map(quoteIdentifier).join(", ");
        const inserted = await tx.execute(
          `INSERT INTO main.${quoteIdentifier(table)} (${list}) SELECT ${list} FROM backup.${quoteIdentifier(table)}`,
        );
        rows += inserted.rowsAffected;
      }
      const broken = await tx.execute("PRAGMA main.foreign_key_check");
      if (broken.rows.length > 0)
        throw new BackupError(`The backup's rows break ${broken.rows.length} foreign key(s); nothing was restored.`);
      await tx.commit();
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    } finally {
      tx.close();
    }
    return { tables: tables.length, rows, migrations: storeMigrations.length };
  } finally {
    store.close();
  }
}
