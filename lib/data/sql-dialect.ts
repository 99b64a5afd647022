import { Prisma } from "@prisma/client";

/**
 * The SQL that differs between stores lives here and nowhere else. The
 * embedded store is SQLite, where Prisma keeps DateTime values as ISO 8601
 * text ("2017-08-15T02:05:00.000+00:00"), so day, week and month buckets are
 * string functions on that text. PostgreSQL versions join this module when
 * that store arrives.
 */

/** The UTC calendar day of a DateTime column, as "YYYY-MM-DD". */
export function daySql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`substr(${column}, 1, 10)`;
}

/** The Monday that starts the ISO week of a DateTime column, as "YYYY-MM-DD". */
export function weekStartSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date(substr(${column}, 1, 10), '-6 days', 'weekday 1')`;
}

/** The calendar month of a DateTime column, as "YYYY-MM". */
export function monthSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`substr(${column}, 1, 7)`;
}

/** Whole days between two DateTime columns' calendar days (b − a). */
export function dayDifferenceSql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CAST(julianday(substr(${b}, 1, 10)) - julianday(substr(${a}, 1, 10)) AS INTEGER)`;
}

/** A column reference for raw SQL: "Table"."column". */
export function column(table: string, name: string): Prisma.Sql {
  return Prisma.raw(`"${table}"."${name}"`);
}

/** Raw counts come back as bigint from some drivers and number from others. */
export function toNumber(value: bigint | number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/**
 * A DateTime value as a raw-SQL parameter, in exactly the form Prisma stores
 * it, so that rows written by raw bulk inserts compare and sort with rows
 * written by Prisma (SQLite keeps "2017-08-15T02:05:00.000+00:00" text).
 */
export function dateTimeParam(value: Date): string {
  return value.toISOString().replace(/Z$/, "+00:00");
}

/**
 * A bulk INSERT that binds one parameter, a JSON array of row arrays (values in
 * `columns` order): SQLite unpacks it with json_each, so a batch of thousands
 * of rows costs one bound value instead of one per cell (Prisma's per-value
 * overhead, not SQLite, was the import's bottleneck). Values must be JSON
 * scalars: strings (dates as dateTimeParam), numbers, null.
 */
export function jsonBulkInsertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;
}

/** The one parameter of jsonBulkInsertSql. */
export function jsonBulkRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return JSON.stringify(rows);
}

/** `"Table"."column" IN (…)` over a JSON array of strings bound as one parameter. */
export function jsonInListSql(qualifiedColumn: string): string {
  return `${qualifiedColumn} IN (SELECT value FROM json_each(?))`;
}
