import { createClient, type Client, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
// The same models generated for PostgreSQL (prisma/postgresql/schema.prisma, made from prisma/schema.prisma).
import { PrismaClient as PostgresqlPrismaClient } from ".prisma/client-postgresql";
import { resolveDatabaseUrl, storeKind } from "./database-url";

export type ChanceryPrismaClient = PrismaClient;

/** Connections each process keeps to PostgreSQL (two app instances and the CLIs share one server's limit). */
export const POSTGRESQL_POOL_SIZE = 10;

/** How long a connection waits for another writer (e.g. an import) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * libSQL opens connections without a busy timeout, so a reader or writer that
 * meets an import's write lock fails at once with SQLITE_BUSY. It also opens a
 * fresh connection after every transaction. This wrapper sets the timeout on
 * each new connection before its first statement.
 */
export function withBusyTimeout(client: Client, timeoutMs = SQLITE_BUSY_TIMEOUT_MS): Client {
  let connectionIsFresh = true;
  const prepareConnection = async () => {
    if (!connectionIsFresh) return;
    connectionIsFresh = false;
    await client.execute(`PRAGMA busy_timeout = ${Math.trunc(timeoutMs)}`);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await prepareConnection();
          return (target[property] as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (property === "transaction") {
        return async (...args: unknown[]) => {
          await prepareConnection();
          const transaction = await (target.transaction as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          // The transaction keeps the prepared connection; the client opens a new one next.
          connectionIsFresh = true;
          return transaction;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

class BusyTimeoutLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(createClient(config));
  }
}

/** A libSQL driver-adapter factory with WAL-friendly connection settings. */
export function createSqliteAdapter(url: string) {
  return new BusyTimeoutLibSQL({ url });
}

/**
 * A Prisma client on the store DATABASE_URL names: the embedded SQLite file or
 * a PostgreSQL server. Used by the server (through lib/db.ts) and by CLIs such
 * as the seed and tests, which may not import "server-only" modules.
 */
export function createPrismaClient(databaseUrl?: string): PrismaClient {
  const url = databaseUrl ?? resolveDatabaseUrl();
  if (storeKind(url) === "postgresql") {
    // Both clients are generated from one schema, so they have the same API;
    // the rest of the code is typed against the SQLite one.
    const adapter = new PrismaPg({ connectionString: url, max: POSTGRESQL_POOL_SIZE });
    return new PostgresqlPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: createSqliteAdapter(url) });
}

/**
 * Write-ahead logging lets the web server read while an import writes. The
 * journal mode is stored in the database file, so setting it once suffices.
 */
export async function enableWriteAheadLog(client: PrismaClient): Promise<string> {
  if (storeKind(resolveDatabaseUrl()) !== "sqlite") return "not applicable (PostgreSQL)";
  const rows = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode = WAL");
  return rows[0]?.journal_mode ?? "unknown";
}
