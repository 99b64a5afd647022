/**
 * Serves the production build on a throw-away store for the end-to-end tests:
 * `demo` = migrated and seeded, `empty` = migrated only. The store is
 * recreated on every run so tests never depend on a previous one.
 */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const [kind, port] = process.argv.slice(2);
if ((kind !== "demo" && kind !== "empty") || !port) {
  console.error("usage: tsx scripts/e2e-server.ts demo|empty PORT");
  process.exit(2);
}

const file = path.join(process.cwd(), "data", `e2e-${kind}.db`);
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(bin("tsx"), ["scripts/migrate.ts"]);
if (kind === "demo") run(bin("tsx"), ["prisma/seed.ts"]);

const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
