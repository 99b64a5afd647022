import { Prisma } from "@prisma/client";
import type { StoreKind } from "../database-url";

/**
 * The SQL that differs between the two stores lives here and nowhere else.
 * SQLite (the embedded store) keeps Prisma's DateTime values as ISO 8601 text
 * ("2017-08-15T02:05:00.000+00:00"), so day, week and month buckets are string
 * functions on that text; PostgreSQL keeps them as timestamp(3) in UTC.
 *
 * The dialect belongs to the client a query runs on: createPrismaClient
 * (lib/prisma-client.ts) binds it to each client it builds, and a caller asks
 * `dialectOf(db)` of the client or transaction it queries. A process may hold
 * clients on both stores at once (the stores-agree test, the benches).
 */
export interface SqlDialect {
  readonly store: StoreKind;
  /** The UTC calendar day of a DateTime column, as "YYYY-MM-DD". */
  daySql(column: Prisma.Sql): Prisma.Sql;
  /** The calendar month of a DateTime column, as "YYYY-MM". */
  monthSql(column: Prisma.Sql): Prisma.Sql;
  /** The UTC quarter-hour of a DateTime column within its day: 0 (00:00–00:14) … 95 (23:45–23:59). */
  quarterHourOfDaySql(column: Prisma.Sql): Prisma.Sql;
  /** Whole days between two DateTime columns' calendar days (b − a). */
  dayDifferenceSql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql;
  /**
   * A join that keeps the written table order: SQLite's CROSS JOIN (its way to
   * fix the join order, used where its planner would scan the larger table
   * first); a plain JOIN on PostgreSQL, whose planner needs no such hint.
   */
  drivingJoinSql(): Prisma.Sql;
  /** The n-th (1-based) bound parameter of a `$queryRawUnsafe` / `$executeRawUnsafe` string. */
  param(n: number): string;
  /**
   * A DateTime value for raw SQL, typed as the column's type: a bare text
   * parameter is ambiguous to PostgreSQL inside CASE and comparisons.
   */
  dateTimeSql(value: Date): Prisma.Sql;
  /**
   * A bulk INSERT that binds one parameter holding every row as JSON (see
   * jsonBulkRows): a batch of thousands of rows costs one bound value instead of
   * one per cell (Prisma's per-value overhead, not the database, was the
   * import's bottleneck). SQLite unpacks row arrays with json_each; PostgreSQL
   * reads row objects with json_populate_recordset, which converts each value to
   * the table's own column type. Values must be JSON scalars: strings (dates as
   * dateTimeParam), numbers (booleans as 0/1), null.
   */
  jsonBulkInsertSql(table: string, columns: readonly string[]): string;
  /** The one parameter of jsonBulkInsertSql: rows are value arrays in `columns` order. */
  jsonBulkRows(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string;
  /** `column IN (…)` over a JSON array of strings bound as parameter n (1-based). */
  jsonInListSql(qualifiedColumn: string, n: number): string;
  /**
   * `column IN (…)` over a JSON array of ids bound as one value, for Prisma.sql
   * queries: no parameter limit and one statement however many ids (binding
   * hundreds of values costs more through Prisma than the query itself).
   */
  inIdListSql(qualifiedColumn: string, ids: readonly string[]): Prisma.Sql;
}

const idList = (ids: readonly string[]) => JSON.stringify([...new Set(ids)]);

const SQLITE: SqlDialect = Object.freeze({
  store: "sqlite",
  daySql: (column: Prisma.Sql) => Prisma.sql`substr(${column}, 1, 10)`,
  monthSql: (column: Prisma.Sql) => Prisma.sql`substr(${column}, 1, 7)`,
  quarterHourOfDaySql: (column: Prisma.Sql) =>
    Prisma.sql`(CAST(substr(${column}, 12, 2) AS INTEGER) * 4 + CAST(substr(${column}, 15, 2) AS INTEGER) / 15)`,
  dayDifferenceSql: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`CAST(julianday(substr(${b}, 1, 10)) - julianday(substr(${a}, 1, 10)) AS INTEGER)`,
  drivingJoinSql: () => Prisma.sql`CROSS JOIN`,
  param: () => "?",
  dateTimeSql: (value: Date) => Prisma.sql`${dateTimeParam(value)}`,
  jsonBulkInsertSql: (table: string, columns: readonly string[]) =>
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`,
  jsonBulkRows: (_columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]) => JSON.stringify(rows),
  jsonInListSql: (qualifiedColumn: string) => `${qualifiedColumn} IN (SELECT value FROM json_each(?))`,
  inIdListSql: (qualifiedColumn: string, ids: readonly string[]) =>
    Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT value FROM json_each(${idList(ids)}))`,
});

const POSTGRESQL: SqlDialect = Object.freeze({
  store: "postgresql",
  daySql: (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`,
  monthSql: (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM')`,
  quarterHourOfDaySql: (column: Prisma.Sql) =>
    Prisma.sql`CAST(EXTRACT(HOUR FROM ${column}) * 4 + FLOOR(EXTRACT(MINUTE FROM ${column}) / 15) AS INTEGER)`,
  dayDifferenceSql: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`(CAST(${b} AS date) - CAST(${a} AS date))`,
  drivingJoinSql: () => Prisma.sql`JOIN`,
  param: (n: number) => `$${n}`,
  dateTimeSql: (value: Date) => Prisma.sql`CAST(${dateTimeParam(value)} AS timestamp(3))`,
  jsonBulkInsertSql: (table: string, columns: readonly string[]) => {
    const names = columns.map((c) => `"${c}"`).join(", ");
    return `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  },
  jsonBulkRows: (columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]) =>
    JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])))),
  jsonInListSql: (qualifiedColumn: string, n: number) => `${qualifiedColumn} IN (SELECT json_array_elements_text($${n}::json))`,
  inIdListSql: (qualifiedColumn: string, ids: readonly string[]) =>
    Prisma.sql`${Prisma.raw(qualifiedColumn)} IN (SELECT json_array_elements_text(${idList(ids)}::json))`,
});

/** The dialect of a store. */
export function sqlDialect(store: StoreKind): SqlDialect {
  return store === "postgresql" ? POSTGRESQL : SQLITE;
}

// A symbol property rather than a WeakMap keyed by the client: an interactive
// transaction's client and an extended client are other objects that read
// unknown properties through to the client they come from, so they find it.
const DIALECT = Symbol.for("chancery.sqlDialect");

/** Records the store a client was built for (createPrismaClient does this for every client). */
export function bindDialect<T extends object>(client: T, store: StoreKind): T {
  Object.defineProperty(client, DIALECT, { value: sqlDialect(store), enumerable: false });
  return client;
}

/** The dialect of the store this client (or transaction client) queries. */
export function dialectOf(db: object): SqlDialect {
  const dialect = (db as { [DIALECT]?: SqlDialect })[DIALECT];
  if (!dialect) throw new Error("This Prisma client was not built by createPrismaClient (lib/prisma-client.ts), so its SQL dialect is unknown.");
  return dialect;
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
 * it on SQLite, so that rows written by raw bulk inserts compare and sort with
 * rows written by Prisma. PostgreSQL reads the same text into timestamp(3):
 * the offset is always +00:00, which is what the column holds.
 */
export function dateTimeParam(value: Date): string {
  return value.toISOString().replace(/Z$/, "+00:00");
}

/** Raw booleans come back as 0/1 from SQLite and as booleans from PostgreSQL. */
export function toBoolean(value: boolean | number | bigint | null | undefined): boolean {
  return value === true || Number(value) === 1;
}
