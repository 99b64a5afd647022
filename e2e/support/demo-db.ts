import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { demoIndex } from "../../playwright.config";

/**
 * Read access to the end-to-end demo store of this worker (written by
 * scripts/e2e-server.ts: each Playwright worker has a demo server and store of
 * its own), so that tests compare what a page shows with numbers computed
 * straight from the database rather than through the app's own code.
 */
let client: Client | null = null;

/** This worker's demo store and server log: demo server 0 keeps the single server's names. */
const demoName = () => (demoIndex() === 0 ? "e2e-demo" : `e2e-demo-${demoIndex()}`);
export const demoStoreFile = () => path.join(process.cwd(), "data", `${demoName()}.db`);
export const demoServerLog = () => path.join(process.cwd(), "data", `${demoName()}-server.log`);

export function demoDb(): Client {
  client ??= createClient({ url: `file:${demoStoreFile()}` });
  return client;
}

export async function scalar(sql: string, args: (string | number)[] = []): Promise<number> {
  const result = await demoDb().execute({ sql, args });
  return Number(Object.values(result.rows[0] ?? {})[0] ?? 0);
}

/** Posts are stored with ISO-8601 text times, so day bounds compare as strings. */
export const SURVEY_PERIOD = { from: "2017-05-18", toExclusive: "2017-08-16" } as const;
