import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "../errors";
import type { Viewer } from "../auth/permissions";

// The session and the audit log are the only things faked: each test says who is asking and reads what was recorded.
const viewerMock = vi.hoisted(() => ({ current: null as Viewer | null }));
const audit = vi.hoisted(() => ({ accessRefused: vi.fn(async () => {}), crossOriginRefused: vi.fn(async () => {}) }));
vi.mock("../auth/viewer", () => ({ getCurrentViewer: async () => viewerMock.current }));
vi.mock("../auth/refusals", () => ({
  recordAccessRefused: audit.accessRefused,
  recordCrossOriginRefused: audit.crossOriginRefused,
}));

const { apiJson, withRequest, withViewer } = await import("./route");

const analyst: Viewer = { userId: "u-analyst", role: "analyst", missionId: null };
const leadership: Viewer = { userId: "u-lead", role: "leadership", missionId: null };
const noParams = { params: Promise.resolve({}) };

async function answer(response: Response) {
  return {
    status: response.status,
    body: (await response.json()) as unknown,
    cache: response.headers.get("cache-control"),
  };
}

beforeEach(() => {
  viewerMock.current = analyst;
  audit.accessRefused.mockClear();
  audit.crossOriginRefused.mockClear();
});

describe("withViewer", () => {
  const handler = vi.fn(async ({ viewer }: { viewer: Viewer }) => apiJson({ role: viewer.role }));
  afterEach(() => handler.mockClear());

  it("runs the handler with the signed-in viewer", async () => {
    const route = withViewer(handler, { permission: "import:data" });
    expect(await answer(await route(new Request("http://localhost/api/x"), noParams))).toEqual({
      status: 200,
      body: { role: "analyst" },
      cache: "no-store",
    });
  });

  it("answers 401 without a session, before the permission, the parameters or the handler", async () => {
    viewerMock.current = null;
    const route = withViewer(handler, { permission: "import:data", query: z.object({ limit: z.coerce.number() }) });
    expect(await answer(await route(new Request("http://localhost/api/x?limit=nope"), noParams))).toEqual({
      status: 401,
      body: { error: "unauthenticated" },
      cache: "no-store",
    });
    expect(handler).not.toHaveBeenCalled();
    expect(audit.accessRefused).not.toHaveBeenCalled();
  });

  it("answers 403 to a viewer without the permission, with an audit entry naming it and the path", async () => {
    viewerMock.current = leadership;
    const route = withViewer(handler, { permission: "import:data" });
    expect(await answer(await route(new Request("http://localhost/api/imports?x=1"), noParams))).toEqual({
      status: 403,
      body: { error: "forbidden" },
      cache: "no-store",
    });
    expect(handler).not.toHaveBeenCalled();
    expect(audit.accessRefused).toHaveBeenCalledExactlyOnceWith(leadership, {
      permission: "import:data",
      path: "/api/imports",
    });
  });

  it("answers 404 instead where the resource's existence is hidden, for its own refusal and the handler's", async () => {
    viewerMock.current = leadership;
    const hidden = withViewer(handler, { permission: "import:data", hideForbidden: true });
    expect(await answer(await hidden(new Request("http://localhost/api/imports/run-1"), noParams))).toMatchObject({
      status: 404,
      body: { error: "not_found" },
    });
    expect(audit.accessRefused).toHaveBeenCalledOnce();
    viewerMock.current = analyst;
    const refusing = withViewer(
      async () => {
        throw new AppError("forbidden");
      },
      { hideForbidden: true },
    );
    expect(await answer(await refusing(new Request("http://localhost/api/x"), noParams))).toMatchObject({
      status: 404,
      body: { error: "not_found" },
    });
  });

  it("answers an AppError the handler throws with its code's status and its params beside the code", async () => {
    const conflict = withViewer(async () => {
      throw new AppError("conflict", { fieldErrors: { handle: ["handleTaken"] } });
    });
    expect(await answer(await conflict(new Request("http://localhost/api/x"), noParams))).toEqual({
      status: 409,
      body: { error: "conflict" },
      cache: "no-store",
    });
    const tooLarge = withViewer(async () => {
      throw new AppError("too_large", { params: { limitBytes: 1024 } });
    });
    expect(await answer(await tooLarge(new Request("http://localhost/api/x"), noParams))).toEqual({
      status: 413,
      body: { error: "too_large", limitBytes: 1024 },
      cache: "no-store",
    });
    // Forbidden stays forbidden where the route does not hide it.
    const forbidden = withViewer(async () => {
      throw new AppError("forbidden");
    });
    expect((await forbidden(new Request("http://localhost/api/x"), noParams)).status).toBe(403);
  });

  it("parses the path, the query and a JSON body with zod, handing the parsed values to the handler", async () => {
    const seen = vi.fn();
    const route = withViewer(
      async ({ params, query, body, searchParams }) => {
        seen({ params, query, body, searchParams });
        return apiJson({ ok: true });
      },
      {
        params: z.object({ id: z.string().min(2) }),
        query: z.object({ limit: z.coerce.number().int().default(10) }),
        body: z.object({ url: z.url() }),
      },
    );
    const request = new Request("http://localhost/api/x/ab?other=1", {
      method: "POST",
      body: JSON.stringify({ url: "https://example.org/" }),
    });
    expect((await route(request, { params: Promise.resolve({ id: "ab" }) })).status).toBe(200);
    expect(seen).toHaveBeenCalledWith({
      params: { id: "ab" },
      query: { limit: 10 },
      body: { url: "https://example.org/" },
      searchParams: { other: "1" },
    });
  });

  it("answers a path that does not parse as not found, a query or body that does not as 400 naming the fields", async () => {
    const route = withViewer(async () => apiJson({ ok: true }), {
      params: z.object({ kind: z.enum(["posts", "accounts"]) }),
      query: z.object({ limit: z.coerce.number().int().min(1) }),
      body: z.object({ accountId: z.string().min(1), url: z.url() }),
    });
    const post = (kind: string, query: string, body: string) =>
      route(new Request(`http://localhost/api/x${query}`, { method: "POST", body }), {
        params: Promise.resolve({ kind }),
      });
    expect(await answer(await post("users", "?limit=1", "{}"))).toEqual({
      status: 404,
      body: { error: "not_found" },
      cache: "no-store",
    });
    expect(await answer(await post("posts", "?limit=0", "{}"))).toEqual({
      status: 400,
      body: { error: "invalid_parameters", fields: ["limit"] },
      cache: "no-store",
    });
    expect(await answer(await post("posts", "?limit=1", "not json"))).toEqual({
      status: 400,
      body: { error: "invalid_parameters", fields: ["body"] },
      cache: "no-store",
    });
    expect(await answer(await post("posts", "?limit=1", JSON.stringify({ accountId: "", url: "x" })))).toEqual({
      status: 400,
      body: { error: "invalid_parameters", fields: ["accountId", "url"] },
      cache: "no-store",
    });
  });

  it("refuses a state-changing request from another site before the session, auditing it when it carried one", async () => {
    const route = withViewer(handler, { sameOrigin: true, permission: "import:data" });
    const from = (headers: Record<string, string>) =>
      route(new Request("http://localhost/api/imports", { method: "POST", headers, body: "x" }), noParams);
    expect(await answer(await from({ origin: "https://evil.example" }))).toEqual({
      status: 403,
      body: { error: "cross_origin" },
      cache: "no-store",
    });
    expect(audit.crossOriginRefused).toHaveBeenCalledExactlyOnceWith(analyst, {
      method: "POST",
      path: "/api/imports",
      origin: "https://evil.example",
    });
    viewerMock.current = null;
    expect(await answer(await from({}))).toMatchObject({ status: 403, body: { error: "origin_missing" } });
    expect(audit.crossOriginRefused).toHaveBeenCalledOnce();
    viewerMock.current = analyst;
    expect((await from({ origin: "http://localhost" })).status).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });

  it("answers any other throw with a 500 in the same shape, logging it without the request's data", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const route = withViewer(async () => {
        throw new Error("database is locked");
      });
      expect(await answer(await route(new Request("http://localhost/api/x?secret=1"), noParams))).toEqual({
        status: 500,
        body: { error: "internal_error" },
        cache: "no-store",
      });
      const line = JSON.parse(String(stderr.mock.calls[0]![0])) as Record<string, unknown>;
      expect(line).toMatchObject({
        level: "error",
        event: "route_failed",
        method: "GET",
        path: "/api/x",
        message: "database is locked",
      });
      expect(JSON.stringify(line)).not.toContain("secret");
    } finally {
      stderr.mockRestore();
    }
  });
});

describe("the handlers it returns", () => {
  it("have the shape Next.js calls a route handler with (tsc checks the assignment), and take a plain Request", async () => {
    const route: (request: NextRequest, context: { params: Promise<{ quarter: string }> }) => Promise<Response> =
      withViewer(async ({ params }) => apiJson({ quarter: params.quarter }), {
        params: z.object({ quarter: z.string() }),
      });
    const plain = route as unknown as (
      request: Request,
      context: { params: Promise<{ quarter: string }> },
    ) => Promise<Response>;
    expect(
      await (
        await plain(new Request("http://localhost/summaries/2017-Q2/export.csv"), {
          params: Promise.resolve({ quarter: "2017-Q2" }),
        })
      ).json(),
    ).toEqual({ quarter: "2017-Q2" });
  });
});

describe("withRequest", () => {
  it("runs a public handler without reading the session, with the same parsing and error body", async () => {
    viewerMock.current = null;
    const route = withRequest(async ({ query }) => apiJson({ q: query.q }), {
      query: z.object({ q: z.enum(["a", "b"]) }),
    });
    expect(await answer(await route(new Request("http://localhost/api/health?q=a")))).toEqual({
      status: 200,
      body: { q: "a" },
      cache: "no-store",
    });
    expect(await answer(await route(new Request("http://localhost/api/health?q=c")))).toEqual({
      status: 400,
      body: { error: "invalid_parameters", fields: ["q"] },
      cache: "no-store",
    });
  });
});
