/**
 * Starts the standalone production server that `npm run build` writes to
 * .next/standalone/, from its own folder, with the JSON request log preloaded.
 * Used by `npm start` and the end-to-end servers; the Dockerfile runs the same.
 * It stops when this process is told to, and this process ends with it.
 */
import { spawn, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const STANDALONE = path.join(process.cwd(), ".next", "standalone");

/**
 * A larger young generation: rendering a page of 300 missions allocates tens of megabytes, and
 * with V8's default semi-space the scavenges took a fifth of the server's time (the quarterly
 * summary's p95 fell from 267 to 154 ms at 2,000,000 posts). The Dockerfile passes the same flag.
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

/**
 * Preloaded from the standalone folder, where scripts/standalone-assets.mjs copies them: the
 * request guard (client address, HTTPS, body limits) before anything reads a request.
 */
const SERVER_PRELOADS = ["./request-guard.cjs", "./request-log.cjs"];

/** The node arguments of the production server (the Dockerfile's CMD runs the same). */
export function serverNodeArgs(entry = "server.js"): string[] {
  return [...SERVER_NODE_FLAGS, ...SERVER_PRELOADS.flatMap((preload) => ["--require", preload]), entry];
}

export function startStandaloneServer(options: {
  port: string;
  host: string;
  env: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  /** Off for a caller that starts and stops several servers in turn (the benchmark). */
  exitWithServer?: boolean;
}) {
  if (!["server.js", ...SERVER_PRELOADS, ".next/static"].every((entry) => existsSync(path.join(STANDALONE, entry)))) {
    throw new Error("No standalone build: run `npm run build` first.");
  }
  const server = spawn(process.execPath, serverNodeArgs(), {
    cwd: STANDALONE,
    env: { ...options.env, PORT: options.port, HOSTNAME: options.host },
    stdio: options.stdio ?? "inherit",
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (options.exitWithServer ?? true) server.on("exit", (code) => process.exit(code ?? 0));
  else
    server.on("exit", () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
    });
  return server;
}
