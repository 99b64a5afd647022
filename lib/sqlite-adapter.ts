import { createClient, type Client, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long a connection waits for another writer (e.g. an import) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export const SQLITE_CACHE_KIB = 64 * 1024;
export const SQLITE_MMAP_BYTES = 1024 * 1024 * 1024;

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
    await client.execute(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`);
    await client.execute(`PRAGMA mmap_size = ${SQLITE_MMAP_BYTES}`);
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
