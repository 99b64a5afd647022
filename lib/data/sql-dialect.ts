import { Prisma } from "@prisma/client";
import { activeStoreKind } from "../database-url";

/**
 * The SQL that differs between the two stores lives here and nowhere else.
 * SQLite (the embedded store) keeps Prisma's DateTime values as ISO 8601 text
 * ("2017-08-15T02:05:00.000+00:00"), so day, week and month buckets are string
 * functions on that text; PostgreSQL keeps them as timestamp(3) in UTC. The
 * store is the one DATABASE_URL names (read at each call, as tests switch it).
 */
const isPostgresql = () => activeStoreKind() === "postgresql";

/** The UTC calendar day of a DateTime column, as "YYYY-MM-DD". */
export function daySql(column: Prisma.Sql): Prisma.Sql {
  return isPostgresql() ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD')` : Prisma.sql`substr(${column}, 1, 10)`;
}

/** The calendar month of a DateTime column, as "YYYY-MM". */
export function monthSql(column: Prisma.Sql): Prisma.Sql {
  return isPostgresql() ? Prisma.sql`to_char(${column}, 'YYYY-MM')` : Prisma.sql`substr(${column}, 1, 7)`;
}

/** The UTC quarter-hour of a DateTime column within its day: 0 (00:00–00:14) … 95 (23:45–23:59). */
export function quarterHourOfDaySql(column: Prisma.Sql): Prisma.Sql {
  return isPostgresql()
    ? Prisma.sql`CAST(EXTRACT(HOUR FROM ${column}) * 4 + FLOOR(EXTRACT(MINUTE FROM ${column}) / 15) AS INTEGER)`
    : Prisma.sql`(CAST(substr(${column}, 12, 2) AS INTEGER) * 4 + CAST(substr(${column}, 15, 2) AS INTEGER) / 15)`;
}

/** Whole days between two DateTime columns' calendar days (b − a). */
export function dayDifferenceSql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return isPostgresql()
    ? Prisma.sql`(CAST(${b} AS date) - CAST(${a} AS date))`
    : Prisma.sql`CAST(julianday(substr(${b}, 1, 10)) - julianday(substr(${a}, 1, 10)) AS INTEGER)`;
}

/**
 * A join that keeps the written table order: SQLite's CROSS JOIN (its way to
 * fix the join order, used where its planner would scan the larger table
 * first); a plain JOIN on PostgreSQL, whose planner needs no such hint.
 */
export function drivingJoinSql(): Prisma.Sql {
  return isPostgresql() ? Prisma.sql`JOIN` : Prisma.sql`CROSS JOIN`;
}

/** A column reference for raw SQL: "Table"."column". */
export function column(table: string, name: string): Prisma.Sql {
  return Prisma.raw(`"${table}"."${name}"`);
}

/** Raw counts come back as bigint from some drivers and number from others. */
export function toNumber(value: bigint | number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** The n-th (1-based) bound parameter of a `$queryRawUnsafe` / `$executeRawUnsafe` string. */
export function param(n: number): string {
  return isPostgresql() ? `$${n}` : "?";
}

/**
 * A DateTime value as a raw-SQL parameter, in exactly the form Prisma stores
 * it on SQLite, so that rows written by raw bulk inserts compare and sort with
 * rows written by Prisma. PostgreSQL reads the same text into timestamp(3):
 * the offset is always +00:00, which is what the column holds.
 */
export function dateTimeParam(value: Date): string {
  return value.toISOString().replace(/Z$/, "+00:00");
}

/**
 * A DateTime value for raw SQL, typed as the column's type: a bare text
 * parameter is ambiguous to PostgreSQL inside CASE and comparisons.
 */
export function dateTimeSql(value: Date): Prisma.Sql {
  return isPostgresql() ? Prisma.sql`CAST(${dateTimeParam(value)} AS timestamp(3))` : Prisma.sql`${dateTimeParam(value)}`;
}

/**
 * A bulk INSERT that binds one parameter holding every row as JSON (see
 * jsonBulkRows): a batch of thousands of rows costs one bound value instead of
 * one per cell (Prisma's per-value overhead, not the database, was the
 * import's bottleneck). SQLite unpacks row arrays with json_each; PostgreSQL
 * reads row objects with json_populate_recordset, which converts each value to
 * the table's own column type. Values must be JSON scalars: strings (dates as
 * dateTimeParam), numbers (booleans as 0/1), null.
 */
export function jsonBulkInsertSql(table: string, columns: readonly string[]): string {
  const names = columns.map((c) => `"${c}"`).join(", ");
  if (isPostgresql()) return `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  return `INSERT INTO "${table}" (${names}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;
}

/** The one parameter of jsonBulkInsertSql: rows are value arrays in `columns` order. */
export function jsonBulkRows(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  if (!isPostgresql()) return JSON.stringify(rows);
  return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]))));
}

/** `column IN (…)` over a JSON array of strings bound as parameter n (1-based). */
export function jsonInListSql(qualifiedColumn: string, n: number): string {
  return isPostgresql()
    ? `${qualifiedColumn} IN (SELECT json_array_elements_text($${n}::json))`
    : `${qualifiedColumn} IN (SELECT value FROM json_each(?))`;
}

/**
 * `column IN (…)` over a JSON array of ids bound as one value, for Prisma.sql
 * queries: no parameter limit and one statement however many ids (binding
 * hundreds of values costs more through Prisma than the query itself).
 */
export function inIdListSql(qualifiedColumn: string, ids: readonly string[]): Prisma.Sql {
  const list = JSON.stringify([...new Set(ids)]);
  return isPostgresql()
    ? Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT json_array_elements_text(${list}::json))`
    : Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT value FROM json_each(${list}))`;
}

/** Raw booleans come back as 0/1 from SQLite and as booleans from PostgreSQL. */
export function toBoolean(value: boolean | number | bigint | null | undefined): boolean {
  return value === true || Number(value) === 1;
}
