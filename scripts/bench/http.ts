/** Signed-in HTTP timing against a running Chancery server, shared by the benchmark scripts. */
import { DEMO_USERS } from "../../prisma/demo/demo-users";

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials flow (as the browser does) and returns the session cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`Sign-in failed (HTTP ${response.status}).`);
  return cookieHeader(jar);
}

export const BENCH_ANALYST = DEMO_USERS.find((u) => u.role === "analyst")!;

/** Nearest-rank percentile of ascending values. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

export async function timed(base: string, path: string, cookie: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

export interface PageTiming {
  page: string;
  path: string;
  requests: number;
  medianMs: number;
  p95Ms: number;
  /**
   * The warm-up request: the first of this page on a freshly started server, before anything
   * is remembered across requests (the rollup reads in lib/data/rollups) or compiled.
   */
  firstMs?: number;
}

/** One warm-up request (timed apart), then `requests` sequential ones; any answer but 200 fails the run. */
export async function timePage(
  base: string,
  page: string,
  path: string,
  cookie: string,
  requests: number,
): Promise<PageTiming> {
  const first = await timed(base, path, cookie);
  if (first.status !== 200) throw new Error(`GET ${path} answered ${first.status}`);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const { ms, status } = await timed(base, path, cookie);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return {
    page,
    path,
    requests,
    medianMs: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    firstMs: Math.round(first.ms),
  };
}

export interface LoadResult {
  path: string;
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  p95Ms: number;
}

/** `clients` signed-in clients requesting `path` back to back for `seconds`; non-200 answers and failures count as errors. */
export async function loadTest(
  base: string,
  path: string,
  cookie: string,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const until = Date.now() + seconds * 1000;
  let ok = 0;
  let errors = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        try {
          const { ms, status } = await timed(base, path, cookie);
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
  return {
    path,
    clients,
    seconds,
    requests: ok + errors,
    requestsPerSecond: Number((ok / seconds).toFixed(1)),
    errors,
    p95Ms: latencies.length ? Math.round(percentile(latencies, 95)) : 0,
  };
}
