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
 * each new connection before its first statement. A statement that failed
 * busy is left in progress on its connection (the next transaction there
 * cannot commit: "SQL statements in progress"), so after one the wrapper
 * goes on with a fresh client from `reopen`.
 */
export function withBusyTimeout(client: Client, timeoutMs = SQLITE_BUSY_TIMEOUT_MS, reopen?: () => Client): Client {
  let current = client;
  let connectionIsFresh = true;
  const prepareConnection = async () => {
    if (!connectionIsFresh) return;
    connectionIsFresh = false;
    await current.execute(`PRAGMA busy_timeout = ${Math.trunc(timeoutMs)}`);
    await current.execute(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`);
    await current.execute(`PRAGMA mmap_size = ${SQLITE_MMAP_BYTES}`);
  };
  const dropConnectionAfterBusy = (error: unknown) => {
    if (!reopen || (error as { code?: unknown } | null)?.code !== "SQLITE_BUSY") return;
    const stale = current;
    current = reopen();
    connectionIsFresh = true;
    stale.close();
  };
  return new Proxy(client, {
    get(_target, property) {
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await prepareConnection();
          try {
            return await (current[property] as (...a: unknown[]) => unknown).apply(current, args);
          } catch (error) {
            dropConnectionAfterBusy(error);
            throw error;
          }
        };
      }
      if (property === "transaction") {
        return async (...args: unknown[]) => {
          await prepareConnection();
          const transaction = await (current.transaction as (...a: unknown[]) => Promise<unknown>).apply(current, args);
          // The transaction keeps the prepared connection; the client opens a new one next.
          connectionIsFresh = true;
          return transaction;
        };
      }
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}

class BusyTimeoutLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(createClient(config), SQLITE_BUSY_TIMEOUT_MS, () => createClient(config));
  }
}

/** A libSQL driver-adapter factory with WAL-friendly connection settings. */
export function createSqliteAdapter(url: string) {
  return new BusyTimeoutLibSQL({ url });
}
