import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startCountingServer, type CountingServer } from "@/scripts/test-support/counting-server";
import { fetchFeed } from "./fetch-feed";

let trap: CountingServer;

beforeAll(async () => {
  trap = await startCountingServer("::");
});

afterAll(() => trap.close());

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
