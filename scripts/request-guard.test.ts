import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { IMPORT_MAX_BYTES } from "../lib/import/formats";
import { CLIENT_ADDRESS_HEADER } from "../lib/security/client-address";
import { HTTPS_HEADER, NON_PAGE_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "../lib/security/headers";

const guard = createRequire(import.meta.url)(path.join(process.cwd(), "scripts", "request-guard.cjs")) as {
  BODY_LIMITS: Record<"auth" | "importUpload" | "serverAction" | "page" | "api", number>;
  CLIENT_ADDRESS_HEADER: string;
  HTTPS_HEADER: string;
  REFUSAL_HEADERS: Record<string, string>;
  bodyLimitFor: (url: string, headers: Record<string, string>) => number;
  cameOverHttps: (encrypted: boolean | undefined, proto: string | string[] | undefined, hops: number) => boolean;
  clientAddress: (socket: string | undefined, forwardedFor: string | string[] | undefined, hops: number) => string;
  installRequestGuard: (h: typeof http, options: { trustedHops: number; warn?: () => void }) => () => void;
  trustedHopsFromEnv: (env: Record<string, string | undefined>) => number;
};

describe("client address from trusted proxies", () => {
  // [socket, X-Forwarded-For, trusted hops, the client]
  it.each([
    ["203.0.113.5", undefined, 0, "203.0.113.5"],
    ["::ffff:203.0.113.5", undefined, 0, "203.0.113.5"],
    // With no proxy trusted, nothing the client writes counts.
    ["203.0.113.5", "10.0.0.3, 198.51.100.9", 0, "203.0.113.5"],
    // One proxy (e.g. nginx on 10.0.0.2) appends the address it saw; a client's own entries sit to its left.
    ["10.0.0.2", "198.51.100.9", 1, "198.51.100.9"],
    ["10.0.0.2", "10.0.0.3, 198.51.100.9", 1, "198.51.100.9"],
    ["10.0.0.2", "192.0.2.66, 10.0.0.3, 198.51.100.9", 1, "198.51.100.9"],
    // Two proxies: the outer one's entry is second from the right.
    ["10.0.0.2", "10.0.0.3, 198.51.100.9, 10.0.0.4", 2, "198.51.100.9"],
    // More hops trusted than there are entries: the leftmost entry there is.
    ["10.0.0.2", "198.51.100.9", 3, "198.51.100.9"],
    ["10.0.0.2", undefined, 1, "10.0.0.2"],
    // Repeated headers are one list; ports and brackets are not part of the address.
    ["10.0.0.2", ["10.0.0.3", "198.51.100.9:51234"], 1, "198.51.100.9"],
    ["10.0.0.2", "[2001:db8::7]:443", 1, "2001:db8::7"],
    // An entry that is no address stops the walk at the hop before it.
    ["10.0.0.2", "198.51.100.9, <script>", 2, "10.0.0.2"],
    ["10.0.0.2", "not-an-address", 1, "10.0.0.2"],
  ] as const)("socket %s, X-Forwarded-For %j, %i trusted: %s", (socket, forwardedFor, hops, client) => {
    expect(guard.clientAddress(socket, forwardedFor as string | string[] | undefined, hops)).toBe(client);
  });

  it("reads HTTPS from the socket, or from the outermost trusted proxy's X-Forwarded-Proto only", () => {
    expect(guard.cameOverHttps(false, "https", 0)).toBe(false);
    expect(guard.cameOverHttps(true, undefined, 0)).toBe(true);
    expect(guard.cameOverHttps(false, "https", 1)).toBe(true);
    expect(guard.cameOverHttps(false, "https, http", 1)).toBe(false);
    expect(guard.cameOverHttps(false, "https, http", 2)).toBe(true);
    expect(guard.cameOverHttps(false, "http", 2)).toBe(false);
    expect(guard.cameOverHttps(false, undefined, 1)).toBe(false);
  });

  it("takes CHANCERY_TRUSTED_PROXIES as a whole number, 0 when unset, and refuses anything else", () => {
    expect(guard.trustedHopsFromEnv({})).toBe(0);
    expect(guard.trustedHopsFromEnv({ CHANCERY_TRUSTED_PROXIES: " 2 " })).toBe(2);
    for (const bad of ["-1", "1.5", "true", "loopback"])
      expect(() => guard.trustedHopsFromEnv({ CHANCERY_TRUSTED_PROXIES: bad })).toThrow(/CHANCERY_TRUSTED_PROXIES/);
  });
});

describe("body limits", () => {
  it("gives each kind of route its limit, however its path is spelled", () => {
    const { BODY_LIMITS: limits, bodyLimitFor } = guard;
    expect(bodyLimitFor("/api/auth/callback/credentials", {})).toBe(8 * 1024);
    expect(bodyLimitFor("/api//auth/callback/credentials?x=1", {})).toBe(limits.auth);
    expect(bodyLimitFor("/api/%61uth/signout", {})).toBe(limits.auth);
    expect(bodyLimitFor("/api/imports?fileName=tweets.js", {})).toBe(limits.importUpload);
    expect(bodyLimitFor("/api/imports/feed", {})).toBe(limits.api);
    expect(bodyLimitFor("/api/posts", {})).toBe(limits.api);
    expect(bodyLimitFor("/admin/users", { "next-action": "abc" })).toBe(limits.serverAction);
    expect(bodyLimitFor("/admin/users", { "content-type": "multipart/form-data; boundary=x" })).toBe(
      limits.serverAction,
    );
    // Next.js resolves dot segments and absolute request targets before routing: so does the guard.
    const form = { "content-type": "application/x-www-form-urlencoded" };
    for (const spelling of [
      "/x/../api/auth/callback/credentials",
      "/%2e%2e/api/auth/callback/credentials",
      "/api/%2e/auth/callback/credentials",
      "/api/./auth/callback/credentials",
      "http://chancery.example/api/auth/callback/credentials",
    ]) {
      expect(bodyLimitFor(spelling, form), spelling).toBe(limits.auth);
      expect(bodyLimitFor(spelling, {}), spelling).toBe(limits.auth);
    }
    expect(bodyLimitFor("/admin/users", {})).toBe(limits.page);
    expect(bodyLimitFor("/admin/users", { "content-type": "application/json" })).toBe(16 * 1024);
    expect(limits.serverAction).toBe(1024 * 1024);
  });

  it("lets the import route take a whole file of the import limit, and no more than a little framing over it", () => {
    expect(guard.BODY_LIMITS.importUpload).toBeGreaterThanOrEqual(IMPORT_MAX_BYTES);
    expect(guard.BODY_LIMITS.importUpload - IMPORT_MAX_BYTES).toBeLessThanOrEqual(64 * 1024);
  });

  it("answers with the security headers of the app's API responses", () => {
    for (const { key, value } of STATIC_SECURITY_HEADERS) expect(guard.REFUSAL_HEADERS[key.toLowerCase()]).toBe(value);
    expect(guard.REFUSAL_HEADERS["content-security-policy"]).toBe(NON_PAGE_CONTENT_SECURITY_POLICY);
  });

  it("sets the very headers the app reads the client address and HTTPS from", () => {
    expect(guard.CLIENT_ADDRESS_HEADER).toBe(CLIENT_ADDRESS_HEADER);
    expect(guard.HTTPS_HEADER).toBe(HTTPS_HEADER);
  });
});

describe("the guard in front of an app", () => {
  let uninstall: (() => void) | null = null;
  let server: http.Server | null = null;
  afterEach(async () => {
    uninstall?.();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  async function serve(handler: http.RequestListener, trustedHops = 0, warn: () => void = () => {}): Promise<number> {
    uninstall = guard.installRequestGuard(http, { trustedHops, warn });
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  it("marks the process as guarded while installed, so the app reads its headers only then", async () => {
    const mark = Symbol.for("chancery.requestGuard");
    expect((globalThis as Record<symbol, unknown>)[mark]).toBeUndefined();
    await serve((_request, response) => response.end("ok"));
    expect((globalThis as Record<symbol, unknown>)[mark]).toBe(true);
    uninstall?.();
    uninstall = null;
    expect((globalThis as Record<symbol, unknown>)[mark]).toBeUndefined();
  });

  it("warns once when X-Forwarded-For arrives and no proxy is trusted (every user would share the proxy's lockout)", async () => {
    let warnings = 0;
    const port = await serve(
      (_request, response) => response.end("ok"),
      0,
      () => (warnings += 1),
    );
    await fetch(`http://127.0.0.1:${port}/`);
    expect(warnings).toBe(0);
    for (let i = 0; i < 3; i++)
      await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "198.51.100.9" } });
    expect(warnings).toBe(1);
  });

  it("passes the trusted hop's address and scheme on, whatever the client claims", async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const port = await serve((request, response) => {
      seen.push(request.headers);
      response.end("ok");
    }, 1);
    await fetch(`http://127.0.0.1:${port}/`, {
      headers: {
        "x-forwarded-for": "10.0.0.3, 198.51.100.9",
        "x-forwarded-proto": "https",
        "x-chancery-client-address": "10.0.0.3",
        "x-chancery-https": "0",
      },
    });
    expect(seen[0]?.["x-chancery-client-address"]).toBe("198.51.100.9");
    expect(seen[0]?.["x-chancery-https"]).toBe("1");
  });

  it("lets a body within its limit through whole, and makes an oversized one fail in the app instead of ending short", async () => {
    const outcomes: string[] = [];
    const port = await serve((request, response) => {
      let bytes = 0;
      request.on("data", (chunk: Buffer) => (bytes += chunk.length));
      request.on("end", () => {
        outcomes.push(`end ${bytes}`);
        response.end(JSON.stringify({ bytes }));
      });
      request.on("error", () => {
        outcomes.push("error");
        // An app answering a failed read must not break the 413 already sent.
        response.statusCode = 500;
        response.end("failed");
      });
    });
    const within = await fetch(`http://127.0.0.1:${port}/api/auth/callback/credentials`, {
      method: "POST",
      body: "a".repeat(8 * 1024),
    });
    expect(await within.json()).toEqual({ bytes: 8 * 1024 });

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(4 * 1024).fill(97));
        controller.close();
      },
    });
    const over = await fetch(`http://127.0.0.1:${port}/api/auth/callback/credentials`, {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(over.status).toBe(413);
    expect(over.headers.get("content-type")).toBe("application/json");
    expect(await over.json()).toEqual({ error: "too_large", limitBytes: 8 * 1024 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outcomes).toEqual([`end ${8 * 1024}`, "error"]);
  });
});
