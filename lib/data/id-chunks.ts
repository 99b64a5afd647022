/**
 * SQLite refuses a statement with more bound values than its limit (Prisma
 * reports "The query parameter limit supported by your database is
 * exceeded" from 999 on), and a ministry of 300 missions has 1,500 accounts:
 * id lists go to the database in chunks, and callers merge the answers.
 */
export const MAX_IDS_PER_QUERY = 500;

export function idChunks<T>(ids: readonly T[], size: number = MAX_IDS_PER_QUERY): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}

/** Runs `query` once per chunk of ids (in parallel) and concatenates the rows. */
export async function queryByIdChunks<T, R>(ids: readonly T[], query: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results = await Promise.all(idChunks(ids).map(query));
  return results.flat();
}
