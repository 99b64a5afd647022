import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed, isPrivateAddress } from "./fetch-feed";

let server: Server;
let base: string;
const FEED = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>\xcc\xee\xed\xe3\xee\xeb</title></channel></rss>';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/feed") {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end(Buffer.from(FEED, "latin1"));
    } else if (request.url === "/moved") {
      response.writeHead(301, { location: "/feed" });
      response.end();
    } else if (request.url === "/loop") {
      response.writeHead(302, { location: "/loop" });
      response.end();
    } else if (request.url === "/big") {
      response.writeHead(200);
      response.end("x".repeat(5000));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("fetchFeed", () => {
  it("refuses the ministry's own network by default, whatever the name resolves to", async () => {
    expect(await fetchFeed(`${base}/feed`)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/inside the ministry's network/) }] });
    expect(await fetchFeed("http://localhost/feed")).toMatchObject({ ok: false });
    const sneaky = await fetchFeed("https://feeds.example.org/rss", { resolve: async () => ["93.184.216.34", "10.0.0.5"] });
    expect(sneaky).toMatchObject({ ok: false, errors: [{ field: "url" }] });
    expect(await fetchFeed("file:///etc/passwd")).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/Only http/) }] });
    expect(await fetchFeed("not a url")).toMatchObject({ ok: false });
  });

  it("checks every redirect hop against the rules", async () => {
    const fetchImpl = (async () => new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } })) as typeof fetch;
    const result = await fetchFeed("https://feeds.example.org/rss", { fetchImpl, resolve: async () => ["93.184.216.34"] });
    expect(result).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/inside the ministry's network/) }] });
  });

  it("fetches a feed, following redirects, in the charset it declares", async () => {
    const result = await fetchFeed(`${base}/moved`, { allowPrivateAddresses: true });
    expect(result).toMatchObject({ ok: true, finalUrl: `${base}/feed` });
    expect(result.ok && result.content).toContain("<title>Монгол</title>");
  });

  it("stops at the size limit, on redirect loops and on errors", async () => {
    expect(await fetchFeed(`${base}/big`, { allowPrivateAddresses: true, maxBytes: 1000 })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/larger than/) }] });
    expect(await fetchFeed(`${base}/loop`, { allowPrivateAddresses: true })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/redirects more than 3 times/) }] });
    expect(await fetchFeed(`${base}/missing`, { allowPrivateAddresses: true })).toMatchObject({ ok: false, errors: [{ message: "The feed answered HTTP 404." }] });
  });

  it("knows private addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1"]) expect(isPrivateAddress(address)).toBe(true);
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"]) expect(isPrivateAddress(address)).toBe(false);
  });
});
