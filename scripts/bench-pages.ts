/**
 * npm run bench:pages -- --url http://127.0.0.1:3000 [--requests 50] [--clients 16] [--seconds 20]
 * Signs in as the demo analyst through next-auth's credentials flow, then
 * measures server response times (median, p95) of the main screens over
 * sequential requests, and throughput and errors of `/` under concurrent
 * signed-in clients. Runs against any server, so the same figures can be
 * taken on the SQLite and the PostgreSQL store. A first step towards issue
 * 10's `npm run bench`.
 */
import { parseArgs } from "node:util";
import { DEMO_USERS } from "../prisma/demo/demo-users";

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

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(): Promise<string> {
  const user = DEMO_USERS.find((u) => u.role === "analyst")!;
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: base },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed (HTTP ${response.status}).`);
  return cookieHeader(jar);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timed(path: string, cookie: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function main() {
  const cookie = await signIn();
  const period = `asOf=${values.asOf}&period=90`;
  const missions = await timed(`/?${period}`, cookie);
  if (missions.status !== 200) throw new Error(`GET / answered ${missions.status}`);
  const html = await (await fetch(`${base}/?${period}`, { headers: { cookie } })).text();
  const missionPath = /href="(\/missions\/[^"?]+)/.exec(html)?.[1];
  const accountPath = /href="(\/accounts\/[^"?]+)/.exec(html)?.[1];
  const paths = [`/?${period}`, missionPath && `${missionPath}?${period}`, accountPath && `${accountPath}?${period}`, `/themes?${period}`, "/summaries/2017-Q2"].filter(Boolean) as string[];
  const n = Number(values.requests);
  console.log(`| page | median ms | p95 ms | requests |`);
  console.log(`|---|---|---|---|`);
  for (const path of paths) {
    await timed(path, cookie);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const { ms, status } = await timed(path, cookie);
      if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${path.split("?")[0]} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${n} |`);
  }
  const clients = Number(values.clients);
  const until = Date.now() + Number(values.seconds) * 1000;
  let ok = 0;
  let errors = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        try {
          const { ms, status } = await timed(`/?${period}`, cookie);
          if (status === 200) ok += 1;
          else errors += 1;
          latencies.push(ms);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  console.log(
    `\n/ under ${clients} concurrent clients for ${values.seconds} s: ${(ok / Number(values.seconds)).toFixed(1)} requests/s, ${errors} errors, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
