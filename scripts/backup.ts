/**
 * npm run backup [-- --out backups/chancery-2026-12-01.db]
 * An online, consistent copy of the store (safe while the app runs and imports):
 * a SQLite file, or a pg_dump archive (.dump) for a PostgreSQL store.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl, storeKind } from "../lib/database-url";
import { backupSqlite } from "../lib/operations/backup";
import { backupPostgresql } from "../lib/operations/backup-postgresql";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
  const url = resolveDatabaseUrl();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const postgresql = storeKind(url) === "postgresql";
  const out = path.resolve(values.out ?? path.join("backups", `chancery-${stamp}.${postgresql ? "dump" : "db"}`));
  mkdirSync(path.dirname(out), { recursive: true });
  const report = postgresql ? await backupPostgresql(url, out) : await backupSqlite(url, out);
  console.log(
    `Backup written: ${report.path} (${report.bytes.toLocaleString("en")} bytes, ${report.tables} tables, ${report.rows.toLocaleString("en")} rows)`,
  );
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
