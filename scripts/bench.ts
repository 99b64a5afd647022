/**
 * The ministry-scale benchmark (issue 10), in one run with the production build:
 *   npm run bench                       SQLite (the embedded default)
 *   npm run bench -- --store postgres   the same data on PostgreSQL
 * Options: --posts 2000000 --small 20000 --requests 50 --clients 16
 * --load-seconds 60 --import-posts 200000 --skip-build --port 3900
 * (--missions 300 changes the ministry's size, for a quick trial run).
 *
 * It builds three stores of a synthetic ministry (scripts/bench/synthetic-ministry.ts):
 * "render" (the same 300 missions, 1,500 accounts and themes with no posts:
 * the cost of rendering a full-width page alone), "small" and "large" (6
 * years, 20,000 and 2,000,000 posts), serves each with the standalone server,
 * signs in as the analyst and times the main pages; on the large store it
 * runs concurrent clients on `/` while an import runs through the CLI. On
 * SQLite it also measures import throughput against the raw insert floor.
 * First-load JavaScript is read from the build. Figures go to
 * benchmarks/<store>.json, and BENCHMARKS.md is rewritten from every JSON there.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient, enableWriteAheadLog } from "../lib/prisma-client";
import { firstLoadJs, type FirstLoadJs } from "./bench/first-load-js";
import { BENCH_ANALYST, loadTest, signIn, timePage, type LoadResult, type PageTiming } from "./bench/http";
import { measureImportThroughput, type ImportThroughput } from "./bench/import-throughput";
import { buildSyntheticStore, MINISTRY_SCALE, type SyntheticStoreReport } from "./bench/synthetic-ministry";
import { tweetsJs } from "./bench/tweets-js";
import { startStandaloneServer } from "./standalone-server";
import { postgresDatabaseUrl, psql, testPostgresAdminUrl } from "./test-support/test-database";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "sqlite" },
    posts: { type: "string", default: "2000000" },
    small: { type: "string", default: "20000" },
    requests: { type: "string", default: "50" },
    clients: { type: "string", default: "16" },
    "load-seconds": { type: "string", default: "60" },
    "import-posts": { type: "string", default: "200000" },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3900" },
    missions: { type: "string", default: String(MINISTRY_SCALE.missions) },
  },
});

const store =
  values.store === "postgres" || values.store === "postgresql"
    ? "postgresql"
    : values.store === "sqlite"
      ? "sqlite"
      : null;
if (!store) throw new Error(`--store must be sqlite or postgres, not ${values.store}`);
const wholeNumber = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};
const LARGE = wholeNumber("posts", values.posts);
const SMALL = wholeNumber("small", values.small);
const REQUESTS = Math.max(1, wholeNumber("requests", values.requests));
const CLIENTS = Math.max(1, wholeNumber("clients", values.clients));
const LOAD_SECONDS = Math.max(1, wholeNumber("load-seconds", values["load-seconds"]));
const IMPORT_POSTS = wholeNumber("import-posts", values["import-posts"]);
const MISSIONS = Math.max(1, wholeNumber("missions", values.missions));
const PORT = values.port!;
const BASE = `http://127.0.0.1:${PORT}`;
const AS_OF = MINISTRY_SCALE.lastDay;
const QUARTER = "2017-Q4";
const VIEW = `asOf=${AS_OF}&period=90`;
const WORK_DIR = path.join(process.cwd(), "data", "bench");
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/** The pages the issue names, with the route folder their first-load JavaScript is read from. */
const PAGES = [
  { page: "overview", route: "(overview)", path: () => `/?${VIEW}` },
  { page: "mission scorecard", route: "missions/[id]", path: (s: Sample) => `/missions/${s.missionId}?${VIEW}` },
  { page: "account", route: "accounts/[id]", path: (s: Sample) => `/accounts/${s.accountId}?${VIEW}` },
  { page: "theme", route: "themes/[id]", path: (s: Sample) => `/themes/${s.themeId}?${VIEW}` },
  { page: "quarterly summary", route: "summaries/[quarter]", path: () => `/summaries/${QUARTER}` },
  { page: "stakeholder network", route: "network", path: () => `/network?${VIEW}` },
] as const;
type Sample = SyntheticStoreReport["sample"];

interface StoreRun {
  name: "render" | "small" | "large";
  posts: number;
  buildSeconds: number;
  report: Omit<SyntheticStoreReport, "sample">;
  pages: PageTiming[];
  load?: LoadResult & { importDuringLoad: { posts: number; exitCode: number | null; seconds: number } };
}

interface BenchResult {
  store: "sqlite" | "postgresql";
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  options: {
    missions: number;
    largePosts: number;
    smallPosts: number;
    requests: number;
    clients: number;
    loadSeconds: number;
    importPosts: number;
  };
  runs: StoreRun[];
  importThroughput: ImportThroughput | null;
  firstLoadJs: (FirstLoadJs & { page: string })[];
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

function storeUrl(name: string): string {
  if (store === "postgresql") {
    const database = `chancery_bench_${name}`;
    psql(testPostgresAdminUrl(), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    psql(testPostgresAdminUrl(), `CREATE DATABASE "${database}"`);
    return postgresDatabaseUrl(testPostgresAdminUrl(), database);
  }
  mkdirSync(WORK_DIR, { recursive: true });
  const file = path.join(WORK_DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  return `file:${file}`;
}

async function addAnalyst(prisma: PrismaClient) {
  await prisma.user.create({
    data: {
      email: BENCH_ANALYST.email,
      name: BENCH_ANALYST.name,
      role: "analyst",
      passwordHash: await hashPassword(BENCH_ANALYST.password),
      isDemo: true,
    },
  });
}

async function waitForServer(timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server on ${BASE} did not become healthy within ${timeoutMs / 1000} s.`);
}

async function withServer<T>(url: string, work: () => Promise<T>): Promise<T> {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
  };
  const server = startStandaloneServer({
    port: PORT,
    host: "127.0.0.1",
    env,
    stdio: ["ignore", "ignore", "inherit"],
    exitWithServer: false,
  });
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  try {
    await waitForServer();
    return await work();
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
}

async function benchStore(name: StoreRun["name"], posts: number): Promise<StoreRun> {
  log(`${name} store (${posts.toLocaleString("en-US")} posts) on ${store}: building`);
  const url = storeUrl(name);
  run(bin("tsx"), ["scripts/migrate.ts"], { ...process.env, DATABASE_URL: url });
  process.env.DATABASE_URL = url;
  const prisma = createPrismaClient(url);
  const started = performance.now();
  let report: SyntheticStoreReport;
  try {
    if (store === "sqlite") await enableWriteAheadLog(prisma);
    let lastLogged = 0;
    report = await buildSyntheticStore(prisma, { ...MINISTRY_SCALE, missions: MISSIONS, posts }, (written) => {
      if (written - lastLogged >= 250_000) {
        lastLogged = written;
        log(`  ${written.toLocaleString("en-US")} posts written`);
      }
    });
    await addAnalyst(prisma);
    // Fresh statistics, as a store that has lived a while has them.
    await prisma.$executeRawUnsafe("ANALYZE");
  } finally {
    await prisma.$disconnect();
  }
  const buildSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
  log(
    `  built in ${buildSeconds} s: ${report.posts.toLocaleString("en-US")} posts, ${report.mentions.toLocaleString("en-US")} mentions, ${report.themeTags.toLocaleString("en-US")} theme tags`,
  );

  return withServer(url, async () => {
    const cookie = await signIn(BASE, BENCH_ANALYST.email, BENCH_ANALYST.password);
    const pages: PageTiming[] = [];
    for (const page of PAGES) {
      const timing = await timePage(BASE, page.page, page.path(report.sample), cookie, REQUESTS);
      log(`  ${page.page}: median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms`);
      pages.push(timing);
    }
    const { sample: _sample, ...counts } = report;
    const result: StoreRun = { name, posts, buildSeconds, report: counts, pages };
    if (name === "large") result.load = await loadWithImport(url, cookie);
    return result;
  });
}

/** Concurrent clients on `/` while the CLI imports a tweets.js into the same store. */
async function loadWithImport(url: string, cookie: string): Promise<NonNullable<StoreRun["load"]>> {
  // A tweets.js goes to an X account: the import refuses it for any other platform.
  const prisma = createPrismaClient(url);
  const target = await prisma.account
    .findFirst({ where: { platform: "x" }, orderBy: { handle: "asc" }, select: { id: true } })
    .finally(() => prisma.$disconnect());
  if (!target) throw new Error("The large store has no X account to import into.");
  const importPosts = Math.min(IMPORT_POSTS || 50_000, 200_000);
  const file = path.join(os.tmpdir(), `chancery-bench-load-${process.pid}.js`);
  writeFileSync(file, tweetsJs(importPosts, 50_000_000));
  log(
    `  ${CLIENTS} clients on / for ${LOAD_SECONDS} s with an import of ${importPosts.toLocaleString("en-US")} posts running`,
  );
  const importStarted = performance.now();
  const importer = spawn(bin("tsx"), ["scripts/import.ts", "--account", target.id, file], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const importDone = new Promise<{ exitCode: number | null; seconds: number }>((resolve) =>
    importer.on("exit", (code) =>
      resolve({ exitCode: code, seconds: Number(((performance.now() - importStarted) / 1000).toFixed(1)) }),
    ),
  );
  try {
    const load = await loadTest(BASE, `/?${VIEW}`, cookie, CLIENTS, LOAD_SECONDS);
    const imported = await importDone;
    log(
      `  ${load.requestsPerSecond} requests/s, ${load.errors} errors, p95 ${load.p95Ms} ms; import exit ${imported.exitCode} after ${imported.seconds} s`,
    );
    return { ...load, importDuringLoad: { posts: importPosts, ...imported } };
  } finally {
    rmSync(file, { force: true });
  }
}

const ms = (n: number) => n.toLocaleString("en-US");
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

function markdownFor(result: BenchResult): string {
  const byName = new Map(result.runs.map((r) => [r.name, r]));
  const render = byName.get("render");
  const small = byName.get("small");
  const large = byName.get("large");
  const lines: string[] = [];
  const label = result.store === "sqlite" ? "SQLite (embedded default)" : "PostgreSQL";
  lines.push(`## ${label}`, "");
  lines.push(
    `Run ${result.startedAt.slice(0, 16).replace("T", " ")} UTC on ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}; ` +
      `${ms(result.options.missions)} missions; ${result.options.requests} sequential signed-in requests per page after one warm-up; as of ${AS_OF}, period 90 days (summary: ${QUARTER}).`,
    "",
  );
  lines.push(
    `| page | render-only median / p95 ms | ${ms(small?.posts ?? 0)} posts median / p95 ms | ${ms(large?.posts ?? 0)} posts median / p95 ms | large ÷ small (p95) | large ÷ render-only (p95) | ${ms(large?.posts ?? 0)} posts, first request ms |`,
  );
  lines.push("|---|---|---|---|---|---|---|");
  for (const page of PAGES) {
    const cell = (run?: StoreRun) => {
      const t = run?.pages.find((p) => p.page === page.page);
      return t ? `${ms(t.medianMs)} / ${ms(t.p95Ms)}` : "–";
    };
    const p95 = (run?: StoreRun) => run?.pages.find((p) => p.page === page.page)?.p95Ms ?? 0;
    const first = large?.pages.find((p) => p.page === page.page)?.firstMs;
    lines.push(
      `| ${page.page} | ${cell(render)} | ${cell(small)} | ${cell(large)} | ${ratio(p95(large), p95(small))} | ${ratio(p95(large), p95(render))} | ${first === undefined ? "–" : ms(first)} |`,
    );
  }
  lines.push(
    "",
    "The timed requests come after one warm-up request per page, which the last column shows: the first request of that page on a freshly started server, " +
      "before the server remembers any rollup read (lib/data/rollups keeps period-boundary totals and the network's figures until the next import or re-tag rewrites the rollups) and before its code is compiled.",
  );
  lines.push("");
  for (const r of result.runs) {
    lines.push(
      `- ${r.name} store: missions ${ms(r.report.missions)}, accounts ${ms(r.report.accounts)}, posts ${ms(r.report.posts)}, mentions ${ms(r.report.mentions)}, theme tags ${ms(r.report.themeTags)}; built in ${r.buildSeconds} s.`,
    );
  }
  if (large?.load) {
    const l = large.load;
    lines.push(
      "",
      `**Concurrent load** on \`/\` (${ms(large.posts)} posts): ${l.clients} signed-in clients for ${l.seconds} s → ${l.requestsPerSecond} requests/s, ` +
        `**${l.errors} errors** of ${ms(l.requests)} requests, p95 ${ms(l.p95Ms)} ms, while the CLI imported ${ms(l.importDuringLoad.posts)} posts into the same store ` +
        `(exit ${l.importDuringLoad.exitCode}, ${l.importDuringLoad.seconds} s).`,
    );
  }
  if (result.importThroughput) {
    const t = result.importThroughput;
    lines.push(
      "",
      `**Import throughput**, tweets.js of ${ms(t.posts)} posts (${t.fileMegabytes} MB) through the real import path (parse, classify, mentions, theme tags, one transaction): ` +
        `${ms(t.wholeRunMs)} ms = **${ms(t.importPostsPerSecond)} posts/s** (parse ${ms(t.parseMs)} ms, write ${ms(t.writeMs)} ms; re-import of the same file ${ms(t.reimportMs)} ms, nothing new). ` +
        `Raw floor, the same rows (posts, mentions, theme tags, computed beforehand) as prepared inserts straight into SQLite in one transaction: ${ms(t.rawFloorMs)} ms = ${ms(t.rawFloorPostsPerSecond)} posts/s. ` +
        `**Import = ${(t.shareOfFloor * 100).toFixed(0)} % of the floor.**`,
    );
  }
  if (result.firstLoadJs.length > 0) {
    lines.push("", "| page | first-load JS (gzip) | uncompressed | files |", "|---|---|---|---|");
    for (const f of result.firstLoadJs)
      lines.push(
        `| ${f.page} | ${(f.gzipBytes / 1024).toFixed(1)} kB | ${(f.bytes / 1024).toFixed(1)} kB | ${f.files} |`,
      );
  }
  return lines.join("\n");
}

function writeReport(result: BenchResult) {
  const dir = path.join(process.cwd(), "benchmarks");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.store}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const results = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => (a === "sqlite.json" ? -1 : b === "sqlite.json" ? 1 : a.localeCompare(b)))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as BenchResult);
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (SQLite) and `npm run bench -- --store postgres` from `benchmarks/*.json`; do not edit by hand.",
    "A synthetic ministry (scripts/bench/synthetic-ministry.ts): 300 missions, 1,500 accounts, 6 years of history, unless a run says otherwise.",
    "Targets (issue 10): each page at the large store within 2× of the small one and p95 under 300 ms; import at least 40 % of the raw floor;",
    "no errors under load with an import running; first-load JavaScript under 250 kB compressed.",
    "",
  ];
  writeFileSync(path.join(process.cwd(), "BENCHMARKS.md"), `${[...header, ...results.map(markdownFor)].join("\n")}\n`);
}

async function main() {
  const startedAt = new Date().toISOString();
  if (!values["skip-build"] || !existsSync(path.join(process.cwd(), ".next", "standalone", "server.js"))) {
    log("production build (npm run build)");
    run("npm", ["run", "build"]);
  }
  const runs: StoreRun[] = [];
  runs.push(await benchStore("render", 0));
  runs.push(await benchStore("small", SMALL));
  runs.push(await benchStore("large", LARGE));
  let importThroughput: ImportThroughput | null = null;
  if (store === "sqlite" && IMPORT_POSTS > 0) {
    log(`import throughput, ${IMPORT_POSTS.toLocaleString("en-US")} posts`);
    importThroughput = await measureImportThroughput(IMPORT_POSTS);
    log(
      `  ${importThroughput.importPostsPerSecond.toLocaleString("en-US")} posts/s, floor ${importThroughput.rawFloorPostsPerSecond.toLocaleString("en-US")} posts/s (${(importThroughput.shareOfFloor * 100).toFixed(0)} %)`,
    );
  }
  const firstLoad = PAGES.map((p) => ({ page: p.page, ...firstLoadJs(p.route) }));
  const cpus = os.cpus();
  const result: BenchResult = {
    store: store!,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
    },
    options: {
      missions: MISSIONS,
      largePosts: LARGE,
      smallPosts: SMALL,
      requests: REQUESTS,
      clients: CLIENTS,
      loadSeconds: LOAD_SECONDS,
      importPosts: IMPORT_POSTS,
    },
    runs,
    importThroughput,
    firstLoadJs: firstLoad,
  };
  writeReport(result);
  if (store === "sqlite") rmSync(WORK_DIR, { recursive: true, force: true });
  log(
    `done in ${((Date.parse(result.finishedAt) - Date.parse(startedAt)) / 60_000).toFixed(1)} min: BENCHMARKS.md and benchmarks/${store}.json written`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
