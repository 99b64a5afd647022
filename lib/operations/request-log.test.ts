import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

process.env.CHANCERY_REQUEST_LOG = "off";
const { installRequestLog } = createRequire(import.meta.url)(
  path.join(process.cwd(), "scripts", "request-log.cjs"),
) as {
  installRequestLog: (h: typeof http, write: (line: string) => void) => () => void;
};

let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

async function serveOnce(status: number, requestPath: string): Promise<string[]> {
  const lines: string[] = [];
  uninstall = installRequestLog(http, (line) => lines.push(line));
  const server = http.createServer((_request, response) => {
    response.statusCode = status;
    response.setHeader("content-length", "2");
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}${requestPath}`, { headers: { cookie: "next-auth.session-token=secret" } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return lines;
}

describe("request log", () => {
  it("writes one JSON line per request, without the query or anything personal", async () => {
    const lines = await serveOnce(200, "/posts?mission=germany&q=ambassador%40mfa.mn");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "info",
      event: "request",
      method: "GET",
      path: "/posts",
      status: 200,
      bytes: 2,
    });
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines[0]).not.toMatch(/germany|mfa\.mn|secret|127\.0\.0\.1/);
  });

  it("marks server errors, and leaves successful static files out", async () => {
    expect(JSON.parse((await serveOnce(500, "/api/health"))[0]!)).toMatchObject({ level: "error", status: 500 });
    uninstall?.();
    expect(await serveOnce(200, "/_next/static/chunks/app.js")).toEqual([]);
    uninstall?.();
    expect(await serveOnce(404, "/_next/static/missing.js")).toHaveLength(1);
  });
});
