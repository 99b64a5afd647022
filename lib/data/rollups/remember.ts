import type { PrismaClient } from "@prisma/client";
import type { RollupKey } from "./keys";
import { isClient, UNNAMED_STATE, type RollupDb } from "./state";

/** Reads kept per client across requests, for one rollup state at a time. */
interface RememberedReads {
  state: string;
  entries: Map<RollupKey, Promise<unknown>>;
}

/**
 * Enough for the pages a ministry's users look at in one state (a quarterly
 * summary keeps 26 values, the overview 9); the least recently used goes
 * first. At 300 missions and 1,500 accounts a value weighs from a few hundred
 * kilobytes (a boundary's totals) to a few megabytes (the network at
 * 2,000,000 posts), so this bounds the memory to a few hundred megabytes.
 */
const REMEMBERED_READS_LIMIT = 128;
const rememberedReadsByClient = new WeakMap<PrismaClient, RememberedReads>();

/**
 * Freezes a value and everything it holds: objects, arrays, and the keys and
 * values of maps and sets (a frozen Map still accepts set(), so its type is
 * what keeps a reader from calling it; dates are left as they are).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || value instanceof Date || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v);
  } else {
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return Object.freeze(value);
}

/**
 * The one place reads are remembered across requests of this process (see
 * docs/rollups.md): `load()` under `key` for the rollup state `state`. Only
 * for reads that are a function of the rollup rows (or of the posts, tags and
 * mentions behind them, which are only ever written through writeWithRollups,
 * which rewrites their rollups) and of what `key` names: any rewrite names a
 * new state, so a remembered value is exactly what reading the rows again
 * would give. The caller reads the state before the rows, so a value is never
 * older than the state it is kept under.
 *
 * What it returns is deep-frozen, remembered or not: requests share it, so a
 * caller that changed it would change what every later request sees.
 * Transactions (which may see writes no other connection sees yet) and a
 * store whose state is unnamed are not remembered.
 */
export function rememberAcrossRequests<T>(db: RollupDb, state: string, key: RollupKey, load: () => Promise<T>): Promise<T> {
  const frozenLoad = async () => deepFreeze(await load());
  if (!isClient(db) || state === UNNAMED_STATE) return frozenLoad();
  let shared = rememberedReadsByClient.get(db);
  if (!shared) {
    shared = { state, entries: new Map() };
    rememberedReadsByClient.set(db, shared);
  }
  if (shared.state !== state) {
    shared.state = state;
    shared.entries.clear();
  }
  const entries = shared.entries;
  const found = entries.get(key) as Promise<T> | undefined;
  if (found) {
    // Most recently used last.
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const loading = frozenLoad();
  entries.set(key, loading);
  loading.catch(() => {
    if (entries.get(key) === loading) entries.delete(key);
  });
  if (entries.size > REMEMBERED_READS_LIMIT) entries.delete(entries.keys().next().value!);
  return loading;
}
