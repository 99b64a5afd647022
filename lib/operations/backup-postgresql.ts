/**
 * Backup and restore of a PostgreSQL store with PostgreSQL's own tools. A
 * backup is `pg_dump --format=custom` (one consistent snapshot, taken while the
 * app runs). A restore is checked first (a pg_dump archive, made at exactly
 * this store's migrations) and then replayed by `pg_restore --clean
 * --single-transaction --exit-on-error`: one transaction, so a restore that
 * fails part-way changes nothing. The tools get the connection through
 * libpq's environment variables, so the password never appears on a command
 * line that `ps` shows.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { Client } from "pg";
import { BackupError, type BackupReport, type RestoreReport } from "./backup";

const ARCHIVE_HEADER = "PGDMP";

interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** libpq's variables for a postgresql:// URL (host, port, user, password, database, sslmode). */
export function libpqEnvironment(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = { PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, "")) };
  if (url.hostname) env.PGHOST = url.hostname.replace(/^\[|\]$/g, "");
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function runTool(tool: "pg_dump" | "pg_restore", args: string[], databaseUrl?: string): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...(databaseUrl ? libpqEnvironment(databaseUrl) : {}) };
    const child = spawn(tool, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) =>
      reject(
        new BackupError(
          `${tool} could not be started (${error.message}): install PostgreSQL's client tools (Debian: postgresql-client).`,
        ),
      ),
    );
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function isArchive(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(ARCHIVE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString("latin1") === ARCHIVE_HEADER;
  } finally {
    closeSync(fd);
  }
}

async function storeCounts(databaseUrl: string): Promise<{ tables: number; rows: number; migrations: string[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
    );
    let rows = 0;
    for (const { table_name } of tables.rows) {
      const count = await client.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM "${table_name.replaceAll('"', '""')}"`,
      );
      rows += Number(count.rows[0]?.n ?? 0);
    }
    const migrations = await client
      .query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
      .then((r) => r.rows.map((row) => row.migration_name))
      .catch(() => [] as string[]);
    return { tables: tables.rows.length, rows, migrations };
  } finally {
    await client.end();
  }
}

export async function backupPostgresql(databaseUrl: string, outPath: string): Promise<BackupReport> {
  if (existsSync(outPath)) throw new BackupError(`“${outPath}” already exists; choose a new file name.`);
  const dump = await runTool(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", `--file=${outPath}`],
    databaseUrl,
  );
  if (dump.status !== 0) throw new BackupError(`pg_dump failed: ${dump.stderr.trim().slice(0, 500)}`);
  const list = await runTool("pg_restore", ["--list", outPath]);
  if (list.status !== 0)
    throw new BackupError("The archive pg_dump wrote cannot be read back; it is not a usable backup.");
  const counts = await storeCounts(databaseUrl);
  return { path: outPath, bytes: statSync(outPath).size, tables: counts.tables, rows: counts.rows };
}

/** Migration names recorded in an archive's copy of "_prisma_migrations" (finished, not rolled back). */
function archivedMigrations(copyText: string): string[] {
  const lines = copyText.split("\n");
  const start = lines.findIndex((line) => /^COPY public."?_prisma_migrations"? /.test(line));
  if (start < 0) return [];
  const header =
    /\(([^)]*)\)/
      .exec(lines[start]!)?.[1]
      ?.split(",")
      .map((c) => c.trim().replaceAll('"', "")) ?? [];
  const name = header.indexOf("migration_name");
  const finished = header.indexOf("finished_at");
  const rolledBack = header.indexOf("rolled_back_at");
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    const cells = line.split("\t");
    if (cells[finished] !== "\\N" && cells[rolledBack] === "\\N" && cells[name]) names.push(cells[name]);
  }
  return names.sort();
}

export async function restorePostgresql(databaseUrl: string, backupPath: string): Promise<RestoreReport> {
  if (!existsSync(backupPath)) throw new BackupError(`“${backupPath}” does not exist.`);
  if (!isArchive(backupPath))
    throw new BackupError(`“${backupPath}” is not a PostgreSQL backup made by Chancery (no pg_dump archive header).`);
  const migrationsCopy = await runTool("pg_restore", [
    "--data-only",
    "--table=_prisma_migrations",
    "--file=-",
    backupPath,
  ]);
  if (migrationsCopy.status !== 0)
    throw new BackupError(`“${backupPath}” is damaged: ${migrationsCopy.stderr.trim().slice(0, 300)}`);
  const theirs = archivedMigrations(migrationsCopy.stdout);
  if (theirs.length === 0)
    throw new BackupError(`“${backupPath}” holds no Chancery migrations: it is not a Chancery backup.`);
  const own = (await storeCounts(databaseUrl)).migrations;
  if (theirs.join(",") !== own.join(",")) {
    throw new BackupError(
      `The backup was made at migrations ${theirs.at(-1)} (${theirs.length}), the store is at ${own.at(-1) ?? "none"} (${own.length}): migrate one of them first so both match.`,
    );
  }
  const restore = await runTool(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--single-transaction",
      "--exit-on-error",
      "--no-owner",
      "--no-privileges",
      `--dbname=${libpqEnvironment(databaseUrl).PGDATABASE}`,
      backupPath,
    ],
    databaseUrl,
  );
  if (restore.status !== 0)
    throw new BackupError(
      `pg_restore failed and rolled back (nothing was changed): ${restore.stderr.trim().slice(0, 500)}`,
    );
  const counts = await storeCounts(databaseUrl);
  return { tables: counts.tables, rows: counts.rows, migrations: counts.migrations.length };
}
