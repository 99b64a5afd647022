/**
 * npm run bench:pages -- --url http://127.0.0.1:3000 [--requests 50] [--clients 16] [--seconds 20]
 * Signs in as the demo analyst, then measures server response times (median,
 * p95) of the main screens over sequential requests, and throughput and
 * errors of `/` under concurrent signed-in clients, against any running
 * server (e.g. the demo on either store). `npm run bench` is the whole
 * ministry-scale benchmark.
 */
import { parseArgs } from "node:util";
import { BENCH_ANALYST, loadTest, signIn, timed, timePage } from "./bench/http";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    requests: { type: "string", default: "50" },
    clients: { type: "string", default: "16" },
    seconds: { type: "string", default: "20" },
    asOf: { type: "string", default: "2017-08-15" },
  },
});
const base = values.url!.replace(/\/$/, "");

async function main() {
  const cookie = await signIn(base, BENCH_ANALYST.email, BENCH_ANALYST.password);
  const period = `asOf=${values.asOf}&period=90`;
  const first = await timed(base, `/?${period}`, cookie);
  if (first.status !== 200) throw new Error(`GET / answered ${first.status}`);
  const html = await (await fetch(`${base}/?${period}`, { headers: { cookie } })).text();
  const missionPath = /href="(\/missions\/[^"?]+)/.exec(html)?.[1];
  const accountPath = /href="(\/accounts\/[^"?]+)/.exec(html)?.[1];
  const paths = [
    `/?${period}`,
    missionPath && `${missionPath}?${period}`,
    accountPath && `${accountPath}?${period}`,
    `/themes?${period}`,
    "/summaries/2017-Q2",
  ].filter(Boolean) as string[];
  console.log(`| page | median ms | p95 ms | requests |`);
  console.log(`|---|---|---|---|`);
  for (const path of paths) {
    const t = await timePage(base, path.split("?")[0]!, path, cookie, Number(values.requests));
    console.log(`| ${t.page} | ${t.medianMs} | ${t.p95Ms} | ${t.requests} |`);
  }
  const load = await loadTest(base, `/?${period}`, cookie, Number(values.clients), Number(values.seconds));
  console.log(
    `\n/ under ${load.clients} concurrent clients for ${load.seconds} s: ${load.requestsPerSecond} requests/s, ${load.errors} errors, p95 ${load.p95Ms} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
