import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "../../proxy";
import { isServerActionRequest } from "./same-origin";

const SESSION = "next-auth.session-token=abc";

function action(origin: string | null, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    host: "chancery.mfa.example",
    "next-action": "7f3a",
    cookie: SESSION,
    ...extra,
  };
  if (origin) headers.origin = origin;
  return new NextRequest("http://chancery.mfa.example/missions/m1?asOf=2017-08-15", {
    method: "POST",
    headers,
    body: "[]",
  });
}

const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");

describe("server actions from another site", () => {
  it("are handed to the refusal route before Next.js runs them, with the page's path", () => {
    for (const origin of ["https://evil.example", "null", "http://chancery.mfa.example.evil.example"]) {
      const target = rewrittenTo(proxy(action(origin)));
      expect(target, origin).not.toBeNull();
      const url = new URL(target!);
      expect(url.pathname, origin).toBe("/api/refused/cross-origin");
      expect(url.searchParams.get("path"), origin).toBe("/missions/m1");
    }
  });

  it("are refused without a session cookie too, not sent to sign-in", () => {
    const response = proxy(action("https://evil.example", { cookie: "" }));
    expect(new URL(rewrittenTo(response)!).pathname).toBe("/api/refused/cross-origin");
  });

  it("pass when they come from this site, directly or through a proxy that names the host", () => {
    expect(rewrittenTo(proxy(action("http://chancery.mfa.example")))).toBeNull();
    expect(
      rewrittenTo(
        proxy(
          action("https://chancery.mfa.example", {
            host: "127.0.0.1:3000",
            "x-forwarded-host": "chancery.mfa.example",
          }),
        ),
      ),
    ).toBeNull();
    expect(proxy(action("http://chancery.mfa.example")).headers.get("x-middleware-next")).toBe("1");
  });

  it("recognises a server action by its POST and Next-Action header only", () => {
    expect(isServerActionRequest(action("https://evil.example"))).toBe(true);
    expect(isServerActionRequest(new NextRequest("http://x/", { method: "POST" }))).toBe(false);
    expect(isServerActionRequest(new NextRequest("http://x/", { headers: { "next-action": "1" } }))).toBe(false);
  });
});
