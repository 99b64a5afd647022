/**
 * npm run restore -- backups/chancery-….db --yes
 * Replaces all data in the store with the backup's, in one transaction. The
 * backup is checked whole first; a refused restore changes nothing.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { redactedDatabaseUrl, resolveDatabaseUrl, storeKind } from "../lib/database-url";
import { restoreSqlite } from "../lib/operations/backup";
import { restorePostgresql } from "../lib/operations/backup-postgresql";

async function main() {
  const { values, positionals } = parseArgs({
    options: { yes: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error("Pass one backup file: npm run restore -- <file> --yes");
  const url = resolveDatabaseUrl();
  if (!values.yes) {
    throw new Error(
      `This replaces every record in ${redactedDatabaseUrl(url)} with those in ${file}. Run again with --yes to go ahead.`,
    );
  }
  const report =
    storeKind(url) === "postgresql"
      ? await restorePostgresql(url, path.resolve(file))
      : await restoreSqlite(url, path.resolve(file));
  console.log(
    `Restored ${report.rows.toLocaleString("en")} rows in ${report.tables} tables (store at migration ${report.migrations}).`,
  );
}

main().catch((error: unknown) => {
  console.error(`Restore refused; nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
