import { describe, expect, it } from "vitest";
import { createOutboundClient, isPublicAddress } from "./outbound-http";

// Each address as it arrives at the check: WHATWG URL has already turned
// 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1, and [::ffff:127.0.0.1]
// into [::ffff:7f00:1] (see the URL table below).
const refusedAddresses: [string, string][] = [
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.5", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.100.100.200", "carrier-grade NAT (Alibaba metadata)"],
  ["169.254.169.254", "link-local (cloud metadata)"],
  ["168.63.129.16", "Azure platform address"],
  ["192.0.0.192", "IETF protocol assignments (Oracle metadata)"],
  ["192.0.2.1", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["::ffff:7f00:1", "IPv4-mapped loopback"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback, dotted"],
  ["0:0:0:0:0:ffff:a00:5", "IPv4-mapped private, long form"],
  ["::ffff:a9fe:a9fe", "IPv4-mapped metadata"],
  ["::7f00:1", "IPv4-compatible loopback"],
  ["::a00:5", "IPv4-compatible private"],
  ["::ffff:0:7f00:1", "IPv4-translated (RFC 6145)"],
  ["64:ff9b::7f00:1", "NAT64 of loopback"],
  ["64:ff9b::5db8:d822", "NAT64 even of a public address"],
  ["64:ff9b:1::a00:5", "local-use NAT64"],
  ["2002:7f00:1::1", "6to4 of loopback"],
  ["2002:a00:5::1", "6to4 of private"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
  ["fe80::1", "link-local"],
  ["fec0::1", "site-local (deprecated)"],
  ["fc00::1", "unique local"],
  ["fd00:ec2::254", "unique local (AWS metadata)"],
  ["ff02::1", "multicast"],
  ["100::1", "discard"],
  ["2001:db8::1", "documentation"],
  ["3fff::1", "documentation (2024)"],
  ["5f00::1", "segment routing"],
  ["not-an-address", "not an address"],
  ["", "empty"],
];

const allowedAddresses = [
  "93.184.216.34",
  "8.8.8.8",
  "172.32.0.1",
  "100.128.0.1",
  "2606:4700::1111",
  "2a00:1450:4001:82a::200e",
  "::ffff:5db8:d822",
];

describe("isPublicAddress", () => {
  it.each(refusedAddresses)("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(allowedAddresses)("allows the public address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("the outbound client refuses before any connection", () => {
  // A resolver that records the names asked for: internal names are refused without a query.
  const asked: string[] = [];
  const client = createOutboundClient({
    resolve: async (host) => {
      asked.push(host);
      return (
        {
          "feeds.example.org": ["10.0.0.5"],
          "mixed.example.org": ["93.184.216.34", "10.0.0.5"],
          "mapped.example.org": ["::ffff:192.168.0.1"],
          "junk.example.org": ["not-an-address"],
          "none.example.org": [],
        }[host] ?? Promise.reject(new Error("ENOTFOUND"))
      );
    },
  });

  const table: [url: string, reason: string][] = [
    ["http://[::ffff:127.0.0.1]/", "not_public"],
    ["http://[::ffff:7f00:1]/", "not_public"],
    ["http://[0:0:0:0:0:ffff:127.0.0.1]/", "not_public"],
    ["http://[::127.0.0.1]/", "not_public"],
    ["http://[64:ff9b::127.0.0.1]/", "not_public"],
    ["http://[2002:7f00:1::]/", "not_public"],
    ["http://2130706433/", "not_public"],
    ["http://0x7f000001/", "not_public"],
    ["http://0x7f.1/", "not_public"],
    ["http://0177.0.0.1/", "not_public"],
    ["http://127.1/", "not_public"],
    ["http://%31%32%37.0.0.1/", "not_public"],
    ["http://１２７.0.0.1/", "not_public"],
    ["http://127.0.0.1./", "not_public"],
    ["http://0/", "not_public"],
    ["http://0.0.0.0/", "not_public"],
    ["http://[::]/", "not_public"],
    ["http://[::1]/", "not_public"],
    ["http://169.254.169.254/latest/meta-data/", "not_public"],
    ["http://[fd00:ec2::254]/", "not_public"],
    ["https://10.0.0.5/", "not_public"],
    ["http://localhost/", "name_refused"],
    ["http://LOCALHOST./", "name_refused"],
    ["http://app.localhost/", "name_refused"],
    ["http://metadata.google.internal/computeMetadata/v1/", "name_refused"],
    ["http://printer.local/", "name_refused"],
    ["http://router.home.arpa/", "name_refused"],
    ["http://intranet/", "name_refused"],
    ["http://feeds.example.org/rss", "not_public"],
    ["http://mixed.example.org/rss", "not_public"],
    ["http://mapped.example.org/rss", "not_public"],
    ["http://junk.example.org/rss", "not_public"],
    ["http://none.example.org/rss", "name_not_resolved"],
    ["http://missing.example.org/rss", "name_not_resolved"],
  ];

  it.each(table)("%s is unreachable (%s)", async (url, reason) => {
    expect(await client.get(url)).toEqual({
      ok: false,
      refusal: { code: "unreachable", reason, host: new URL(url).hostname },
    });
  });

  it("never asks the resolver about names that only mean something inside a network", () => {
    expect(asked.filter((name) => /localhost|internal|local$|arpa$|^intranet$/i.test(name))).toEqual([]);
  });

  it.each([
    ["file:///etc/passwd", "unsupported_scheme"],
    ["ftp://ftp.example.org/feed.xml", "unsupported_scheme"],
    ["gopher://93.184.216.34:70/", "unsupported_scheme"],
    ["javascript:alert(1)", "unsupported_scheme"],
    ["http://user:secret@93.184.216.34/", "credentials"],
    ["https://user@93.184.216.34/", "credentials"],
    ["not a url", "invalid_url"],
  ])("%s is refused as %s", async (url, code) => {
    const result = await client.get(url);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.code).toBe(code);
  });
});
