import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddressFromHeaders, CLIENT_ADDRESS_HEADER } from "./client-address";
import { cameOverHttpsFromHeaders, HTTPS_HEADER } from "./headers";

// What the request guard sets when the production server preloads it (scripts/request-guard.cjs).
const GUARD_MARK = Symbol.for("chancery.requestGuard");
const markGuard = (on: boolean) => {
  if (on) (globalThis as Record<symbol, unknown>)[GUARD_MARK] = true;
  else delete (globalThis as Record<symbol, unknown>)[GUARD_MARK];
};

describe("without the request guard in front (next dev, next start)", () => {
  beforeEach(() => markGuard(false));

  it("ignores a client's own copies of the guard's headers", () => {
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" })).toBe("unknown");
    expect(clientAddressFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }))).toBe("unknown");
    expect(cameOverHttpsFromHeaders({ [HTTPS_HEADER]: "1" })).toBe(false);
  });
});

describe("clientAddressFromHeaders", () => {
  beforeEach(() => markGuard(true));
  afterEach(() => markGuard(false));

  it("takes the address the request guard computed, from a plain record or from Headers", () => {
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" })).toBe("198.51.100.7");
    expect(clientAddressFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:db8::7" }))).toBe("2001:db8::7");
  });

  it("never reads X-Forwarded-For, which is the client's own text", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "10.0.0.3, 203.0.113.9" })).toBe("unknown");
    expect(clientAddressFromHeaders({ "x-forwarded-for": "10.0.0.3", [CLIENT_ADDRESS_HEADER]: "203.0.113.9" })).toBe(
      "203.0.113.9",
    );
  });

  it("gives 'unknown' without the guard or for anything that is not one address", () => {
    expect(clientAddressFromHeaders(undefined)).toBe("unknown");
    expect(clientAddressFromHeaders({})).toBe("unknown");
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: ["203.0.113.9", "10.0.0.3"] })).toBe("unknown");
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9, 10.0.0.3" })).toBe("unknown");
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: "<script>" })).toBe("unknown");
  });
});
