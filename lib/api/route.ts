import "server-only";
import { NextResponse } from "next/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, hideForbidden, invalidParameters } from "../errors";
import { getCurrentViewer } from "../auth/viewer";
import { can, type Permission, type Viewer } from "../auth/permissions";
import { recordAccessRefused, recordCrossOriginRefused } from "../auth/refusals";
import { checkSameOrigin } from "../security/same-origin";
import { logEvent } from "../operations/log";

/**
 * Every route handler reads top to bottom through here: refuse a cross-site
 * request that changes state, resolve the viewer (never trusting the proxy),
 * check the permission, parse the path, query and body with zod, run the
 * handler, and answer every refusal with one body: `{ error: code, ...params }`
 * with the code's status (lib/errors.ts).
 */

/**
 * Every API answer carries the store's data or says something about the
 * session, so no browser or proxy cache may keep it (a shared machine's
 * back button, a caching proxy between the ministry and the server).
 */
export const NO_STORE = "no-store";

/** The one way route handlers answer with JSON: the body, its status, and never cached. */
export function apiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": NO_STORE } });
}

/** The one error body: the code, and what the screen needs to word it (fields, limitBytes, reason …). */
export type ApiErrorBody = { error: AppError["code"] } & Record<string, unknown>;

export function errorResponse(error: AppError): NextResponse {
  const body: ApiErrorBody = { error: error.code, ...error.params };
  return apiJson(body, error.status);
}

type RawParams = Record<string, string | string[] | undefined>;
type Output<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export interface RequestOptions {
  /** A request that changes state: refused before anything is read when it comes from another site. */
  sameOrigin?: boolean;
  /** The path's segments; a value that does not parse names nothing, and is answered 404. */
  params?: z.ZodType;
  /** The query string as one object of strings; a failure is answered 400 with the failing fields. */
  query?: z.ZodType;
  /** A JSON body; one that is not JSON, or does not parse, is answered 400 with the failing fields. */
  body?: z.ZodType;
}

export interface ViewerOptions extends RequestOptions {
  permission?: Permission;
  /**
   * Where the resource's existence is itself hidden from those who may not
   * see it: a missing permission, and any "forbidden" the handler raises,
   * answer 404 like a resource that does not exist.
   */
  hideForbidden?: boolean;
}

export interface RequestInput<O extends RequestOptions> {
  request: Request;
  params: Output<O["params"], RawParams>;
  query: Output<O["query"], Record<string, string>>;
  body: Output<O["body"], undefined>;
  /** The whole query string, for parsers that read more than the schema names. */
  searchParams: Record<string, string>;
}

export interface ViewerInput<O extends RequestOptions> extends RequestInput<O> {
  viewer: Viewer;
}

type RouteContext = { params: Promise<RawParams> };
type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

/** A route that needs no session (health, the cross-origin refusal); everything else of withViewer applies. */
export function withRequest<const O extends RequestOptions>(
  handler: (input: RequestInput<O>) => Promise<Response>,
  options: O = {} as O,
): RouteHandler {
  return async (request, context) => {
    try {
      if (options.sameOrigin) await assertSameOrigin(request);
      return await handler(await parseInput(request, context, options));
    } catch (error) {
      return answerThrow(error, request, false);
    }
  };
}

/** A route for a signed-in viewer: 401 without a session, 403 (or 404, see hideForbidden) without the permission, with an audit entry. */
export function withViewer<const O extends ViewerOptions>(
  handler: (input: ViewerInput<O>) => Promise<Response>,
  options: O = {} as O,
): RouteHandler {
  return async (request, context) => {
    try {
      if (options.sameOrigin) await assertSameOrigin(request);
      const viewer = await getCurrentViewer();
      if (!viewer) throw new AppError("unauthenticated");
      if (options.permission && !can(viewer, options.permission)) {
        await recordAccessRefused(viewer, { permission: options.permission, path: new URL(request.url).pathname });
        throw new AppError("forbidden");
      }
      return await handler({ ...(await parseInput(request, context, options)), viewer });
    } catch (error) {
      return answerThrow(error, request, options.hideForbidden ?? false);
    }
  };
}

/**
 * Refuses a state-changing request from another site, with an audit entry
 * when it carried a valid session (its body is never read). `path` names the
 * address the browser asked for when it differs from the request's own (a
 * server action that proxy.ts handed over).
 */
export async function assertSameOrigin(request: Request, path?: string): Promise<void> {
  const check = checkSameOrigin(request);
  if (check.ok) return;
  const viewer = await getCurrentViewer();
  if (viewer) {
    await recordCrossOriginRefused(viewer, {
      method: request.method,
      path: path ?? new URL(request.url).pathname,
      origin: request.headers.get("origin"),
    });
  }
  throw new AppError(check.reason);
}

async function parseInput<O extends RequestOptions>(
  request: Request,
  context: RouteContext | undefined,
  options: O,
): Promise<RequestInput<O>> {
  const rawParams: RawParams = (await context?.params) ?? {};
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  let params: unknown = rawParams;
  if (options.params) {
    const parsed = options.params.safeParse(rawParams);
    if (!parsed.success) throw new AppError("not_found");
    params = parsed.data;
  }
  let query: unknown = searchParams;
  if (options.query) {
    const parsed = options.query.safeParse(searchParams);
    if (!parsed.success) throw invalidParameters(parsed.error, "query");
    query = parsed.data;
  }
  let body: unknown = undefined;
  if (options.body) {
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      throw new AppError("invalid_parameters", { params: { fields: ["body"] } });
    }
    const parsed = options.body.safeParse(json);
    if (!parsed.success) throw invalidParameters(parsed.error, "body");
    body = parsed.data;
  }
  return { request, params, query, body, searchParams } as RequestInput<O>;
}

function answerThrow(error: unknown, request: Request, hidden: boolean): Response {
  // Next.js's own signals (notFound, redirect, a dynamic-rendering bail-out) are not errors to answer.
  unstable_rethrow(error);
  if (error instanceof AppError) return errorResponse(hidden ? hideForbidden(error) : error);
  logEvent("error", "route_failed", {
    method: request.method,
    path: new URL(request.url).pathname,
    message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
    stack: error instanceof Error && error.stack ? error.stack.slice(0, 2000) : null,
  });
  return errorResponse(new AppError("internal_error"));
}
