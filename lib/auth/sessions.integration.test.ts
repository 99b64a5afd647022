/**
 * Revocable sessions: a session cookie signed in through next-auth's own
 * handler (real credentials check, real JWT) is replayed after each event
 * that must end it, and the viewer resolution the app uses on every request
 * must answer null. Nothing is faked: the store is real (SQLite, then
 * PostgreSQL) and next-auth runs its own code paths.
 */
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import NextAuth, { type NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { hashPassword } from "./password";
import type { Viewer } from "./permissions";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const PASSWORD = "sessions-test-password-1";
const SESSION_COOKIE = "next-auth.session-token";
const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";
// What the production server's request guard (scripts/request-guard.cjs) passes on when the client
// came over HTTPS, itself or through a trusted proxy; it removes any copy the client sent.
const OVER_HTTPS = { "x-chancery-https": "1" };

let database: TestDatabase;
let client: PrismaClient;
let options: typeof import("./options");
let viewerModule: typeof import("./viewer");
let users: typeof import("../data/users");
let admin: Viewer;
let missionIds: [string, string];

/** One Set-Cookie line, as a browser reads it. */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string>;
}

function parseSetCookie(line: string): SetCookie {
  const [pair = "", ...rest] = line.split(";");
  const at = pair.indexOf("=");
  const attributes: Record<string, string> = {};
  for (const part of rest) {
    const [key = "", ...value] = part.trim().split("=");
    attributes[key.toLowerCase()] = value.join("=");
  }
  return { name: pair.slice(0, at).trim(), value: decodeURIComponent(pair.slice(at + 1).trim()), attributes };
}

/** Cookies as a browser keeps them: later Set-Cookie lines replace earlier ones, expired ones go. */
function remember(jar: Record<string, string>, cookies: SetCookie[]) {
  for (const { name, value, attributes } of cookies) {
    const expired =
      attributes["max-age"] === "0" ||
      (attributes.expires !== undefined && Date.parse(attributes.expires) <= Date.now());
    if (expired || value === "") delete jar[name];
    else jar[name] = value;
  }
}

const HEADERS = { host: "localhost:3000" };

/**
 * One request to next-auth's own handler (its API-route form, which takes the
 * request and response as objects), as the browser would send it.
 */
async function auth(
  authOptions: NextAuthOptions,
  jar: Record<string, string>,
  req: {
    action: string;
    method: "GET" | "POST";
    providerId?: string;
    body?: Record<string, string>;
    headers?: Record<string, string>;
  },
) {
  const headers: Record<string, unknown> = {};
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: unknown) => ((headers[name.toLowerCase()] = value), res),
    getHeader: (name: string) => headers[name.toLowerCase()],
    end: () => res,
    json: (value: unknown) => ((body = value), res),
    send: (value: unknown) => ((body = value), res),
  };
  const request = {
    query: { nextauth: req.providerId ? [req.action, req.providerId] : [req.action] },
    body: req.body ?? {},
    cookies: { ...jar },
    headers: { ...HEADERS, ...req.headers },
    method: req.method,
  };
  await NextAuth(request as never, res as never, authOptions);
  const setCookies = [headers["set-cookie"] ?? []].flat().map((line) => parseSetCookie(String(line)));
  remember(jar, setCookies);
  return { body, setCookies };
}

async function csrfToken(jar: Record<string, string>) {
  const response = await auth(options.authOptions, jar, { action: "csrf", method: "GET" });
  return (response.body as { csrfToken: string }).csrfToken;
}

/** Signs in through next-auth's credentials callback, as the sign-in form does; the jar then holds the session cookie. */
async function signIn(email: string, password = PASSWORD): Promise<Record<string, string>> {
  const jar: Record<string, string> = {};
  const body = { email, password, csrfToken: await csrfToken(jar), json: "true" };
  await auth(options.authOptions, jar, { action: "callback", providerId: "credentials", method: "POST", body });
  expect(jar[SESSION_COOKIE], `signed in as ${email}`).toBeTruthy();
  return jar;
}

async function signOut(jar: Record<string, string>) {
  await auth(options.authOptions, jar, {
    action: "signout",
    method: "POST",
    body: { csrfToken: await csrfToken(jar), json: "true" },
  });
}

/** What the app decides for a request carrying only this session cookie (a replay). */
async function viewerFor(jar: Record<string, string>): Promise<Viewer | null> {
  return viewerModule.resolveViewer({ headers: HEADERS, cookies: { [SESSION_COOKIE]: jar[SESSION_COOKIE] ?? "" } });
}

let serial = 0;
async function createUser(role = "analyst", missionId: string | null = null) {
  serial += 1;
  return client.user.create({
    data: {
      email: `sessions.${serial}@mfa.test`,
      name: `Sessions ${serial}`,
      role,
      missionId,
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

beforeAll(async () => {
  // The guard's headers count only where the guard runs (it marks the process when preloaded).
  (globalThis as Record<symbol, unknown>)[Symbol.for("chancery.requestGuard")] = true;
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "sessions-test-secret-0123456789abcdefghij";
  client = createPrismaClient(database.url);
  const missions = await Promise.all(
    ["atlantis", "lemuria"].map((slug) =>
      client.mission.create({
        data: { slug, name: slug, kind: "embassy", country: slug, timeZone: "Europe/Berlin" },
        select: { id: true },
      }),
    ),
  );
  missionIds = [missions[0]!.id, missions[1]!.id];
  const adminUser = await createUser("admin");
  options = await import("./options");
  viewerModule = await import("./viewer");
  users = await import("../data/users");
  admin = (await viewerFor(await signIn(adminUser.email)))!;
  expect(admin).toMatchObject({ role: "admin" });
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("a session cookie replayed after the event that ends it", () => {
  it("is refused after sign-out, on every device of that user", async () => {
    const user = await createUser();
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    const replay = { ...laptop };
    expect(await viewerFor(laptop)).toMatchObject({ userId: user.id });
    await signOut(laptop);
    expect(laptop[SESSION_COOKIE]).toBeUndefined();
    expect(await viewerFor(replay)).toBeNull();
    expect(await viewerFor(phone)).toBeNull();
    // Signing in again gives a working session.
    expect(await viewerFor(await signIn(user.email))).toMatchObject({ userId: user.id });
  });

  it("cannot be replayed to sign out a later session", async () => {
    const user = await createUser();
    const old = await signIn(user.email);
    const replay = { ...old };
    await signOut(old);
    const current = await signIn(user.email);
    await signOut(replay);
    expect(await viewerFor(current)).toMatchObject({ userId: user.id });
  });

  it("is refused after an administrator resets the password", async () => {
    const user = await createUser();
    const jar = await signIn(user.email);
    expect(await viewerFor(jar)).not.toBeNull();
    await users.resetPassword(admin, user.id, "a-brand-new-password-2");
    expect(await viewerFor(jar)).toBeNull();
    expect(await viewerFor(await signIn(user.email, "a-brand-new-password-2"))).toMatchObject({ userId: user.id });
  });

  it("stays refused when a deactivated user is reactivated", async () => {
    const user = await createUser();
    const jar = await signIn(user.email);
    await users.setUserActive(admin, user.id, false);
    expect(await viewerFor(jar)).toBeNull();
    await users.setUserActive(admin, user.id, true);
    expect(await viewerFor(jar)).toBeNull();
    expect(await viewerFor(await signIn(user.email))).toMatchObject({ userId: user.id });
  });

  it("is refused after a role change and after an ambassador's mission change, not after a new name", async () => {
    const user = await createUser("ambassador", missionIds[0]);
    let jar = await signIn(user.email);
    await users.updateUser(admin, user.id, { name: "Renamed", role: "ambassador", missionId: missionIds[0] });
    expect(await viewerFor(jar)).toMatchObject({ userId: user.id, name: "Renamed" });
    await users.updateUser(admin, user.id, { name: "Renamed", role: "ambassador", missionId: missionIds[1] });
    expect(await viewerFor(jar)).toBeNull();
    jar = await signIn(user.email);
    expect(await viewerFor(jar)).toMatchObject({ missionId: missionIds[1] });
    await users.updateUser(admin, user.id, { name: "Renamed", role: "analyst", missionId: null });
    expect(await viewerFor(jar)).toBeNull();
  });

  it("is refused after an administrator ends the user's sessions, which the audit log records", async () => {
    const user = await createUser();
    const jar = await signIn(user.email);
    await users.endUserSessions(admin, user.id);
    expect(await viewerFor(jar)).toBeNull();
    const entry = await client.auditEntry.findFirst({ where: { action: "sessions_ended", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, targetType: "user" });
  });

  it("stays valid when someone without the permission tries to end it", async () => {
    const user = await createUser();
    const analyst = (await viewerFor(await signIn((await createUser()).email)))!;
    const jar = await signIn(user.email);
    await expect(users.endUserSessions(analyst, user.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(users.endUserSessions(admin, "no-such-user")).rejects.toMatchObject({ code: "not_found" });
    expect(await viewerFor(jar)).toMatchObject({ userId: user.id });
  });

  it("is valid after a single sign-on sign-in and refused once the user's sessions are ended", async () => {
    // next-auth's OAuth callback calls these two callbacks in this order with the provider's profile.
    const user = await createUser();
    const { callbacks } = options.authOptions;
    const profileUser = { id: "oidc-subject-1", email: user.email.toUpperCase(), name: "From the identity provider" };
    const account = { provider: "oidc", type: "oauth" as const, providerAccountId: "oidc-subject-1" };
    expect(await callbacks!.signIn!({ user: profileUser, account })).toBe(true);
    const token = await callbacks!.jwt!({
      token: { sub: profileUser.id },
      user: profileUser,
      account,
      trigger: "signIn",
    });
    const jar = {
      [SESSION_COOKIE]: await encode({
        token,
        secret: process.env.AUTH_SECRET!,
        maxAge: options.sessionLimits.idleSeconds,
      }),
    };
    expect(await viewerFor(jar)).toMatchObject({ userId: user.id });
    await users.endUserSessions(admin, user.id);
    expect(await viewerFor(jar)).toBeNull();
  });

  it("counts every one of many simultaneous ends (one increment in the database, not read-then-write)", async () => {
    const user = await createUser();
    const before = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    await Promise.all(Array.from({ length: 8 }, () => users.endUserSessions(admin, user.id)));
    const after = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion - before.sessionVersion).toBe(8);
  });
});

describe("Secure cookies", () => {
  const optionsFor = (headers: Record<string, string>) => options.authOptionsFor(headers);
  const signInOver = async (headers: Record<string, string>, email: string) => {
    const jar: Record<string, string> = {};
    const csrf = await auth(optionsFor(headers), jar, { action: "csrf", method: "GET", headers });
    const { csrfToken: token } = csrf.body as { csrfToken: string };
    const body = { email, password: PASSWORD, csrfToken: token, json: "true" };
    const signedIn = await auth(optionsFor(headers), jar, {
      action: "callback",
      providerId: "credentials",
      method: "POST",
      body,
      headers,
    });
    return { jar, setCookies: [...csrf.setCookies, ...signedIn.setCookies] };
  };

  it("are set whenever the request came over HTTPS, and the session is read back under the same name", async () => {
    const user = await createUser();
    const { jar, setCookies } = await signInOver(OVER_HTTPS, user.email);
    expect(setCookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(["__Host-next-auth.csrf-token", SECURE_SESSION_COOKIE]),
    );
    for (const cookie of setCookies) expect(cookie.attributes, cookie.name).toHaveProperty("secure");
    expect(await viewerModule.resolveViewer({ headers: { ...HEADERS, ...OVER_HTTPS }, cookies: jar })).toMatchObject({
      userId: user.id,
    });
    // The route handler hands next-auth the request's Headers object.
    expect(optionsFor({}).useSecureCookies).toBe(false);
    expect(options.authOptionsFor(new Headers(OVER_HTTPS)).useSecureCookies).toBe(true);
  });

  it("follow the production request guard: Secure only when a trusted proxy said HTTPS", async () => {
    const guard = createRequire(import.meta.url)(path.join(process.cwd(), "scripts", "request-guard.cjs")) as {
      installRequestGuard: (h: typeof http, options: { trustedHops: number }) => () => void;
    };
    // next-auth's API-route form on a real server on loopback, with the guard in front as in production.
    const serve = async (trustedHops: number) => {
      const uninstall = guard.installRequestGuard(http, { trustedHops });
      const server = http.createServer((request, response) => {
        const nextauth = new URL(request.url ?? "/", "http://localhost").pathname
          .replace(/^\/api\/auth\//, "")
          .split("/");
        const res = Object.assign(response, {
          status: (code: number) => ((response.statusCode = code), res),
          json: (value: unknown) => response.end(JSON.stringify(value)),
          send: (value: unknown) => response.end(typeof value === "string" ? value : JSON.stringify(value)),
        });
        void NextAuth(
          Object.assign(request, { query: { nextauth }, cookies: {}, body: {} }) as never,
          res as never,
          options.authOptionsFor(request.headers),
        );
      });
      uninstall();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return { server, port: (server.address() as AddressInfo).port };
    };
    const cases: [number, Record<string, string>, boolean][] = [
      [1, { "x-forwarded-proto": "https" }, true],
      [1, { "x-forwarded-proto": "http", "x-chancery-https": "1" }, false],
      [1, {}, false],
      [0, { "x-forwarded-proto": "https" }, false],
      [0, { "x-chancery-https": "1" }, false],
    ];
    for (const [hops, headers, secure] of cases) {
      const { server, port } = await serve(hops);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`, { headers });
        const setCookies = response.headers.getSetCookie().map(parseSetCookie);
        const label = `${hops} trusted, ${JSON.stringify(headers)}`;
        expect(
          setCookies.map((c) => c.name),
          label,
        ).toContain(secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token");
        for (const cookie of setCookies)
          expect(Object.hasOwn(cookie.attributes, "secure"), `${cookie.name}, ${label}`).toBe(secure);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
  });

  it("are not set for plain HTTP, nor for an X-Forwarded-Proto that no trusted proxy vouched for", async () => {
    const user = await createUser();
    const untrusted: Record<string, string>[] = [
      {},
      { "x-forwarded-proto": "https" },
      { "x-chancery-https": "0", "x-forwarded-proto": "https" },
    ];
    for (const headers of untrusted) {
      const { jar, setCookies } = await signInOver(headers, user.email);
      expect(setCookies.map((c) => c.name)).toEqual(expect.arrayContaining(["next-auth.csrf-token", SESSION_COOKIE]));
      for (const cookie of setCookies)
        expect(cookie.attributes, `${cookie.name} with ${JSON.stringify(headers)}`).not.toHaveProperty("secure");
      expect(await viewerModule.resolveViewer({ headers: { ...HEADERS, ...headers }, cookies: jar })).toMatchObject({
        userId: user.id,
      });
    }
  });
});
