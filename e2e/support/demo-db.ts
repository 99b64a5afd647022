import path from "node:path";
import { createClient, type Client } from "@libsql/client";

/**
 * Read access to the end-to-end demo store (written by scripts/e2e-server.ts),
 * so that tests compare what a page shows with numbers computed straight
 * from the database rather than through the app's own code.
 */
let client: Client | null = null;

export function demoDb(): Client {
  client ??= createClient({ url: `file:${path.join(process.cwd(), "data", "e2e-demo.db")}` });
  return client;
}

export async function scalar(sql: string, args: (string | number)[] = []): Promise<number> {
  const result = await demoDb().execute({ sql, args });
  return Number(Object.values(result.rows[0] ?? {})[0] ?? 0);
}

/** Posts are stored with ISO-8601 text times, so day bounds compare as strings. */
export const SURVEY_PERIOD = { from: "2017-05-18", toExclusive: "2017-08-16" } as const;
