import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
// The same models generated for PostgreSQL (prisma/postgresql/schema.prisma, made from prisma/schema.prisma).
import { PrismaClient as PostgresqlPrismaClient } from ".prisma/client-postgresql";
import { bindDialect, dialectOf } from "./data/sql-dialect";
import { resolveDatabaseUrl, storeKind } from "./database-url";
import { createSqliteAdapter } from "./sqlite-adapter";

// The SQLite adapter lives apart so that prisma.config.ts can load it before any client is generated.
export { createSqliteAdapter, SQLITE_BUSY_TIMEOUT_MS, withBusyTimeout } from "./sqlite-adapter";

export type ChanceryPrismaClient = PrismaClient;

/** Connections each process keeps to PostgreSQL (two app instances and the CLIs share one server's limit). */
export const POSTGRESQL_POOL_SIZE = 10;

/**
 * Fields no query returns unless it asks for them by name (`omit: { passwordHash: false }`
 * or a `select`): only the sign-in check reads a password hash.
 */
export const GLOBAL_OMIT = { user: { passwordHash: true } } as const;

/**
 * A Prisma client on the store DATABASE_URL names: the embedded SQLite file or
 * a PostgreSQL server. Used by the server (through lib/db.ts) and by CLIs such
 * as the seed and tests, which may not import "server-only" modules. The
 * client carries its store's SQL dialect (dialectOf in lib/data/sql-dialect.ts).
 */
export function createPrismaClient(databaseUrl?: string): PrismaClient {
  const url = databaseUrl ?? resolveDatabaseUrl();
  // The client is typed as one without the global omit, so that the code can
  // keep its plain PrismaClient parameters; at run time users come back without
  // their passwordHash all the same (lib/prisma-client.integration.test.ts).
  if (storeKind(url) === "postgresql") {
    // Both clients are generated from one schema, so they have the same API;
    // the rest of the code is typed against the SQLite one.
    const adapter = new PrismaPg({ connectionString: url, max: POSTGRESQL_POOL_SIZE });
    return bindDialect(
      new PostgresqlPrismaClient({ adapter, omit: GLOBAL_OMIT }) as unknown as PrismaClient,
      "postgresql",
    );
  }
  return bindDialect(
    new PrismaClient({ adapter: createSqliteAdapter(url), omit: GLOBAL_OMIT }) as unknown as PrismaClient,
    "sqlite",
  );
}

/**
 * Write-ahead logging lets the web server read while an import writes. The
 * journal mode is stored in the database file, so setting it once suffices.
 */
export async function enableWriteAheadLog(client: PrismaClient): Promise<string> {
  if (dialectOf(client).store !== "sqlite") return "not applicable (PostgreSQL)";
  const rows = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode = WAL");
  return rows[0]?.journal_mode ?? "unknown";
}
