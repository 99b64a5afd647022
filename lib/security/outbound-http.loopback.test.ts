import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closedPort, startCountingServer, type CountingServer } from "@/scripts/test-support/counting-server";
import { createOutboundClient } from "./outbound-http";

// Real servers on this machine. `allowed` (127.0.0.2) stands in for a public
// server: the test client allows that one address and nothing else. `trap`
// listens on every local address and must never be reached; `sameport` sits
// on 127.0.0.1 at the allowed server's port, where a rebinding name points.
let allowed: CountingServer;
let trap: CountingServer;
let sameport: CountingServer;
const MB = 1024 * 1024;

beforeAll(async () => {
  for (let attempt = 0; ; attempt++) {
    allowed = await startCountingServer("127.0.0.2", 0, (request, response) => {
      const url = new URL(request.url ?? "/", "http://x");
      if (url.pathname === "/feed") response.end("<rss/>");
      else if (url.pathname === "/headers")
        response.end(JSON.stringify({ ...request.headers, socket: request.socket.localAddress }));
      else if (url.pathname === "/to") response.writeHead(302, { location: url.searchParams.get("u")! }).end();
      else if (url.pathname === "/loop") response.writeHead(302, { location: "/loop" }).end();
      else if (url.pathname === "/no-location") response.writeHead(302).end();
      else if (url.pathname === "/reset") request.socket.destroy();
      else if (url.pathname === "/silent") return;
      else if (url.pathname === "/stall-body") response.writeHead(200).write("<rss>");
      else if (url.pathname === "/big") {
        response.writeHead(200);
        for (let i = 0; i < 20; i++) response.write(Buffer.alloc(100 * 1024, 120));
        response.end();
      } else if (url.pathname === "/declared")
        response.writeHead(200, { "content-length": String(50 * MB) }).write("x");
      else if (url.pathname === "/bomb")
        response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(20 * MB)));
      else if (url.pathname === "/gzip")
        response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("<rss>compressed</rss>"));
      else response.writeHead(404).end();
    });
    try {
      sameport = await startCountingServer("127.0.0.1", allowed.port);
      break;
    } catch (error) {
      await allowed.close();
      if (attempt === 5) throw error;
    }
  }
  trap = await startCountingServer("::");
});

afterAll(async () => {
  await Promise.all([allowed?.close(), trap?.close(), sameport?.close()]);
});

beforeEach(() => {
  allowed.requests.length = 0;
  trap.requests.length = 0;
  sameport.requests.length = 0;
});

const names: Record<string, string[]> = { "feeds.test": ["127.0.0.2"], "inside.test": ["127.0.0.1"] };
const client = createOutboundClient({
  isAllowedAddress: (address) => address === "127.0.0.2",
  resolve: async (host) => names[host] ?? [],
});
const at = (path: string) => `http://feeds.test:${allowed.port}${path}`;

describe("outbound client against real servers", () => {
  it("reaches an allowed server, connected to the checked address, with the name as Host", async () => {
    const result = await client.get(at("/headers"), {
      headers: { accept: "application/rss+xml", host: "evil.example" },
    });
    expect(result.ok).toBe(true);
    const echoed = JSON.parse(result.ok ? result.response.body.toString() : "{}");
    expect(echoed).toMatchObject({
      host: `feeds.test:${allowed.port}`,
      accept: "application/rss+xml",
      socket: "127.0.0.2",
    });
    expect(allowed.requests).toEqual(["/headers"]);
  });

  it("re-checks every redirect hop: a redirect to this machine, in any spelling, is never followed", async () => {
    const t = trap.port;
    const targets = [
      `http://[::ffff:127.0.0.1]:${t}/`,
      `http://[::ffff:7f00:1]:${t}/`,
      `http://[::127.0.0.1]:${t}/`,
      `http://127.0.0.1:${t}/`,
      `http://2130706433:${t}/`,
      `http://0x7f000001:${t}/`,
      `http://0177.0.0.1:${t}/`,
      `http://[::1]:${t}/`,
      `http://0.0.0.0:${t}/`,
      `http://localhost:${t}/`,
      `http://inside.test:${t}/`,
      `//127.0.0.1:${t}/`,
      `http://169.254.169.254/latest/meta-data/`,
    ];
    const results = [];
    for (const target of targets) results.push(await client.get(at(`/to?u=${encodeURIComponent(target)}`)));
    expect(trap.requests).toEqual([]);
    expect(allowed.requests).toHaveLength(targets.length);
    for (const [i, result] of results.entries())
      expect(result.ok ? "fetched" : result.refusal.code, targets[i]).toBe("unreachable");
  });

  it("connects to the address it checked when a name rebinds to an internal one", async () => {
    let calls = 0;
    const rebinding = createOutboundClient({
      isAllowedAddress: (address) => address === "127.0.0.2",
      resolve: async () => (calls++ === 0 ? ["127.0.0.2"] : ["127.0.0.1"]),
    });
    const result = await rebinding.get(`http://rebind.test:${allowed.port}/feed`);
    expect(result.ok && result.response.body.toString()).toBe("<rss/>");
    expect(calls).toBe(1);
    expect(allowed.requests).toEqual(["/feed"]);
    expect(sameport.requests).toEqual([]);

    // The next hop resolves again and is checked again: now internal, so refused.
    const redirected = await rebinding.get(`http://rebind.test:${allowed.port}/to?u=%2Ffeed`);
    expect(redirected).toEqual({
      ok: false,
      refusal: { code: "unreachable", reason: "not_public", host: "rebind.test" },
    });
    expect(sameport.requests).toEqual([]);
  });

  it("answers the same for a closed port, a reset and a server that never answers", async () => {
    const closed = await client.get(`http://127.0.0.2:${await closedPort()}/feed`);
    const reset = await client.get(at("/reset"));
    const silent = await client.get(at("/silent"), { timeoutMs: 500 });
    const internal = await client.get(`http://127.0.0.1:${trap.port}/feed`);
    for (const result of [closed, reset, silent, internal])
      expect(result.ok ? "fetched" : result.refusal.code).toBe("unreachable");
    expect([closed, reset, silent].map((r) => !r.ok && r.refusal.reason)).toEqual([
      "connect_failed",
      "connect_failed",
      "no_answer",
    ]);
    expect(trap.requests).toEqual([]);
  });

  it("caps redirects, time and bytes, decompressing within the cap", async () => {
    expect(await client.get(at("/loop"))).toMatchObject({ ok: false, refusal: { code: "too_many_redirects" } });
    expect(allowed.requests).toEqual(["/loop", "/loop", "/loop", "/loop"]);
    expect(await client.get(at("/no-location"))).toMatchObject({
      ok: false,
      refusal: { code: "redirect_without_location" },
    });
    expect(await client.get(at("/stall-body"), { timeoutMs: 500 })).toMatchObject({
      ok: false,
      refusal: { code: "timed_out" },
    });
    expect(await client.get(at("/big"), { maxBytes: MB })).toMatchObject({ ok: false, refusal: { code: "too_large" } });
    const whole = await client.get(at("/big"), { maxBytes: 3 * MB });
    expect(whole.ok && whole.response.body.byteLength).toBe(2000 * 1024);
    expect(await client.get(at("/declared"))).toMatchObject({ ok: false, refusal: { code: "too_large" } });
    expect(await client.get(at("/bomb"), { maxBytes: MB })).toMatchObject({
      ok: false,
      refusal: { code: "too_large" },
    });
    const gzip = await client.get(at("/gzip"));
    expect(gzip.ok && gzip.response.body.toString()).toBe("<rss>compressed</rss>");
  });

  it("never sends credentials or other schemes anywhere", async () => {
    expect(await client.get(`http://user:secret@feeds.test:${allowed.port}/feed`)).toMatchObject({
      ok: false,
      refusal: { code: "credentials" },
    });
    expect(
      await client.get(at(`/to?u=${encodeURIComponent(`http://user:pw@feeds.test:${allowed.port}/feed`)}`)),
    ).toMatchObject({ ok: false, refusal: { code: "credentials" } });
    expect(await client.get(at(`/to?u=${encodeURIComponent("file:///etc/passwd")}`))).toMatchObject({
      ok: false,
      refusal: { code: "unsupported_scheme" },
    });
    expect(allowed.requests.map((path) => path.split("?")[0])).toEqual(["/to", "/to"]);
  });

  it("returns a public server's own answer, status and all", async () => {
    const missing = await client.get(at("/missing"));
    expect(missing.ok && missing.response.status).toBe(404);
    const moved = await client.get(at("/to?u=%2Ffeed"));
    expect(moved.ok && moved.response.url.toString()).toBe(at("/feed"));
  });
});
