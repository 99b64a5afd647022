import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startCountingServer, type CountingServer } from "@/scripts/test-support/counting-server";
import { createOutboundClient } from "../security/outbound-http";
import { fetchFeed } from "./fetch-feed";

const UTF16_FEED =
  '<?xml version="1.0" encoding="UTF-16"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Элчин сайдын яам</title></feed>';

let trap: CountingServer;
// Stands in for a public feed server: the test client allows 127.0.0.2 and nothing else.
let site: CountingServer;
const FEED =
  '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>\xcc\xee\xed\xe3\xee\xeb</title></channel></rss>';

beforeAll(async () => {
  trap = await startCountingServer("::");
  site = await startCountingServer("127.0.0.2", 0, (request, response) => {
    if (request.url === "/feed")
      response.writeHead(200, { "content-type": "application/rss+xml" }).end(Buffer.from(FEED, "latin1"));
    // A Windows feed tool's UTF-16 file, served with a charset that does not say so: the byte-order mark does.
    else if (request.url === "/utf16")
      response
        .writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" })
        .end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_FEED, "utf16le")]));
    else if (request.url === "/moved") response.writeHead(301, { location: "/feed" }).end();
    else if (request.url === "/big") response.end("x".repeat(5000));
    else response.writeHead(404).end();
  });
});

afterAll(async () => {
  await trap.close();
  await site.close();
});

const client = createOutboundClient({
  isAllowedAddress: (address) => address === "127.0.0.2",
  resolve: async () => ["127.0.0.2"],
});

describe("fetchFeed with the production client", () => {
  it("never reaches a server on this machine, in any spelling of its address", async () => {
    const p = trap.port;
    const spellings = [
      `http://127.0.0.1:${p}/`,
      `http://[::ffff:127.0.0.1]:${p}/`,
      `http://[::ffff:7f00:1]:${p}/`,
      `http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/`,
      `http://[::127.0.0.1]:${p}/`,
      `http://2130706433:${p}/`,
      `http://0x7f000001:${p}/`,
      `http://0x7f.1:${p}/`,
      `http://0177.0.0.1:${p}/`,
      `http://127.1:${p}/`,
      `http://[::1]:${p}/`,
      `http://[::]:${p}/`,
      `http://0.0.0.0:${p}/`,
      `http://0:${p}/`,
      `http://localhost:${p}/`,
      `http://LOCALHOST.:${p}/`,
    ];
    const results = [];
    for (const url of spellings) results.push(await fetchFeed(url));
    expect(trap.requests).toEqual([]);
    for (const [i, result] of results.entries()) expect(result.ok, spellings[i]).toBe(false);
  });

  it("answers the same whether the port is open or closed", async () => {
    const open = await fetchFeed(`http://[::ffff:127.0.0.1]:${trap.port}/feed`);
    const closed = await fetchFeed(`http://[::ffff:127.0.0.1]:${await closedPort()}/feed`);
    expect(open.ok).toBe(false);
    expect(closed).toEqual(open);
  });
});

describe("fetchFeed", () => {
  const at = (path: string) => `http://feeds.test:${site.port}${path}`;

  it("fetches a feed, following redirects, in the charset it declares", async () => {
    const result = await fetchFeed(at("/moved"), { client });
    expect(result).toMatchObject({ ok: true, finalUrl: at("/feed") });
    expect(result.ok && result.content).toContain("<title>Монгол</title>");
  });

  it("reads a feed as its byte-order mark says, whatever charset the server names", async () => {
    const result = await fetchFeed(at("/utf16"), { client });
    expect(result.ok && result.content).toBe(UTF16_FEED);
  });

  it("says what a public server answered, as codes the catalog words", async () => {
    expect(await fetchFeed(at("/missing"), { client })).toEqual({
      ok: false,
      problem: { code: "http_status", status: 404 },
      refusal: null,
    });
    expect(await fetchFeed(at("/big"), { client, maxBytes: 1000 })).toMatchObject({
      ok: false,
      problem: { code: "too_large", megabytes: 0 },
    });
    expect(await fetchFeed("file:///etc/passwd", { client })).toMatchObject({
      ok: false,
      problem: { code: "unsupported_scheme" },
    });
    expect(await fetchFeed("not a url", { client })).toMatchObject({ ok: false, problem: { code: "invalid_url" } });
  });
});
