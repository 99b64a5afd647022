import { Prisma } from "@prisma/client";

/**
 * A handle column compared as lib/metrics/post-kind.ts normalizeHandle compares
 * handles (trimmed, without "@", lower case). Imports keep handles as the
 * export spelled them, so every comparison goes through this: the link
 * rollups, the stakeholder labels, the people and post filters. The same SQL
 * runs on SQLite and PostgreSQL. Not server-only: the rollups' writers (the
 * importer, the demo loader) rewrite the link rollups with it.
 */
export function normalizedHandleSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(ltrim(trim(${column}), '@'))`;
}
