// Preloaded into the production server (node --require ./request-guard.cjs server.js), in front
// of Next.js, whose route handlers see neither the socket nor the body before they parse it:
// - the client's address and whether it came over HTTPS, from the socket and only as many
//   proxies as CHANCERY_TRUSTED_PROXIES says are ours (as Express' "trust proxy" with a hop
//   count), passed on in headers that a client's own copies are first removed from;
// - a size limit on every request body, enforced before the app reads it: a declared length
//   over the limit is answered 413 at once, a chunked body when its count passes the limit.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload has no import statements to offer */

const net = require("node:net");

const CLIENT_ADDRESS_HEADER = "x-chancery-client-address";
const HTTPS_HEADER = "x-chancery-https";

const KB = 1024;
const MB = 1024 * KB;
/** The import upload's own limit (IMPORT_MAX_BYTES in lib/import/formats.ts; a test keeps them equal). */
const IMPORT_FILE_BYTES = 200 * MB;

/** Bytes of request body each kind of route may receive. */
const BODY_LIMITS = Object.freeze({
  // next-auth's sign-in, sign-out and CSRF forms: an e-mail, a password and a token.
  auth: 8 * KB,
  // POST /api/imports carries the file itself as the body; a margin for the request's framing.
  importUpload: IMPORT_FILE_BYTES + 64 * KB,
  // Next.js refuses server action bodies over its serverActions.bodySizeLimit default, 1 MB.
  serverAction: 1 * MB,
  // Pages take no body other than a server action's (or a form's, posted before the page hydrated).
  page: 16 * KB,
  // Every other route handler: JSON requests of a few fields.
  api: 1 * MB,
});

/**
 * The path as routing sees it: parsed as Next.js parses a request target (so an absolute
 * "http://host/api/auth/…" and dot segments such as "/x/../api/auth" resolve), decoded, and
 * without repeated slashes (so "/api//%61uth" and "/api/%2e/auth" are still auth).
 */
function routePath(url) {
  let path;
  try {
    path = new URL(String(url ?? "/"), "http://guard.invalid").pathname;
  } catch {
    path = String(url ?? "/")
      .split("?")[0]
      .split("#")[0];
  }
  for (let round = 0; round < 3; round++) {
    let decoded;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // Malformed escapes match no route: the general limits apply.
      break;
    }
    if (decoded === path) break;
    // Decoded dot segments ("%2e%2e") resolve like literal ones.
    try {
      path = new URL(decoded.replace(/^\/*/, "/").replace(/[?#]/g, encodeURIComponent), "http://guard.invalid")
        .pathname;
    } catch {
      path = decoded;
    }
  }
  return path.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
}

/** A form a server action receives before hydration: Next.js finds the action in the body, not a header. */
function isFormPost(headers) {
  const type = String(headers["content-type"] ?? "").toLowerCase();
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/** The body limit for a request, by its path and whether it calls a server action. */
function bodyLimitFor(url, headers) {
  const path = routePath(url);
  if (path === "/api/auth" || path.startsWith("/api/auth/")) return BODY_LIMITS.auth;
  if (path === "/api/imports") return BODY_LIMITS.importUpload;
  if (path === "/api" || path.startsWith("/api/")) return BODY_LIMITS.api;
  if (headers["next-action"] !== undefined || isFormPost(headers)) return BODY_LIMITS.serverAction;
  return BODY_LIMITS.page;
}

/** CHANCERY_TRUSTED_PROXIES: how many proxies in front of the server are ours (default 0: none). */
function trustedHopsFromEnv(env) {
  const text = String(env.CHANCERY_TRUSTED_PROXIES ?? "").trim();
  if (text === "") return 0;
  if (!/^\d{1,2}$/.test(text))
    throw new Error(
      `CHANCERY_TRUSTED_PROXIES must be a whole number of proxies (0 to 99), not ${JSON.stringify(text)}`,
    );
  return Number(text);
}

/** An address as one spelling: IPv4-mapped IPv6 as IPv4, no brackets or port; null when it is none. */
function normalAddress(text) {
  let value = String(text ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1];
  return net.isIP(value) ? value.toLowerCase() : null;
}

/** The values of a comma-separated header, joined over repeats. */
function listHeader(value) {
  const joined = Array.isArray(value) ? value.join(",") : String(value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * The client's address: with N trusted proxies, the entry the outermost of them appended to
 * X-Forwarded-For, i.e. of [socket, ...X-Forwarded-For from the right] the N-th (or the last
 * there is). Entries to its left are the client's own text. An entry that is no address
 * ends the walk at the hop before it.
 */
function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const chain = [socketAddress, ...listHeader(forwardedFor).reverse()];
  let client = normalAddress(socketAddress) ?? "unknown";
  for (let hop = 1; hop <= Math.min(trustedHops, chain.length - 1); hop++) {
    const address = normalAddress(chain[hop]);
    if (!address) break;
    client = address;
  }
  return client;
}

/**
 * Whether the client's connection was HTTPS: the socket's own, or with N trusted proxies the
 * X-Forwarded-Proto entry the outermost of them wrote (N-th from the right, or the leftmost
 * when the proxies replace the header instead of appending to it).
 */
function cameOverHttps(socketEncrypted, forwardedProto, trustedHops) {
  if (trustedHops === 0) return Boolean(socketEncrypted);
  const protos = listHeader(forwardedProto).reverse();
  if (protos.length === 0) return Boolean(socketEncrypted);
  return protos[Math.min(trustedHops, protos.length) - 1].toLowerCase() === "https";
}

/** Sets a request header in both of Node's views of it (Next.js reads `headers`). */
function replaceRequestHeaders(request, values) {
  const names = new Set(Object.keys(values));
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (names.has(raw[i].toLowerCase())) raw.splice(i, 2);
  const headers = request.headers;
  for (const [name, value] of Object.entries(values)) {
    headers[name] = value;
    raw.push(name, value);
  }
}

// The same headers the app puts on API responses (lib/security/headers.ts; a test compares them).
const REFUSAL_HEADERS = Object.freeze({
  "content-type": "application/json",
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
});

/** How long a refused client may go on sending before its connection is cut (it should stop on the 413). */
const REFUSED_LINGER_MS = 2_000;

/**
 * Answers 413 with a short JSON error, discards the rest of the body and then closes the
 * connection. With "Connection: close", so that a keep-alive client (browsers, Playwright)
 * does not send its next request on a connection that is closing and lose it to a reset; but
 * the closing is done here, not by Node, which would destroy the socket as soon as the answer
 * is written and reset a client still sending before it reads the answer. A body of declared
 * length is let in to its end first (clients send it in full whatever the answer); a chunked
 * one has no end to wait for. Either way the linger timer cuts a client that goes on.
 */
function refuseTooLarge(request, response, limit, { awaitBody = false } = {}) {
  const socket = request.socket;
  const cut = setTimeout(() => socket.destroy(), REFUSED_LINGER_MS);
  cut.unref();
  socket.once("close", () => clearTimeout(cut));
  if (response.headersSent) return void socket.destroy();
  const body = JSON.stringify({ error: "too_large", limitBytes: limit });
  socket.destroySoon = () => {};
  response.writeHead(413, { ...REFUSAL_HEADERS, "content-length": Buffer.byteLength(body), connection: "close" });
  let bodyDone = !awaitBody || request.complete;
  let answered = false;
  const endWhenDone = () => {
    if (bodyDone && answered) socket.end();
  };
  if (!bodyDone)
    request.once("end", () => {
      bodyDone = true;
      endWhenDone();
    });
  response.end(body, () => {
    answered = true;
    endWhenDone();
  });
  // Whatever the app does with this request from now on goes nowhere.
  for (const method of ["writeHead", "setHeader", "appendHeader", "removeHeader", "flushHeaders"]) {
    if (typeof response[method] === "function") response[method] = () => response;
  }
  response.write = () => true;
  response.end = (...args) => {
    const callback = args.find((arg) => typeof arg === "function");
    if (callback) process.nextTick(callback);
    return response;
  };
}

/**
 * Checks one request before the app sees it; false when it was answered here. A chunked body
 * is counted as the socket delivers it; past the limit nothing more reaches the app, which
 * sees the request fail (never a shortened body it could take for whole).
 */
function admitRequest(request, response, trustedHops) {
  replaceRequestHeaders(request, {
    [CLIENT_ADDRESS_HEADER]: clientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedHops,
    ),
    [HTTPS_HEADER]: cameOverHttps(request.socket.encrypted, request.headers["x-forwarded-proto"], trustedHops)
      ? "1"
      : "0",
  });
  const limit = bodyLimitFor(request.url, request.headers);
  const declared = request.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    request.resume();
    refuseTooLarge(request, response, limit, { awaitBody: true });
    return false;
  }
  let received = 0;
  let refused = false;
  const push = request.push;
  request.push = function countedPush(chunk, encoding) {
    if (refused) return true;
    if (chunk !== null) {
      received += chunk.length;
      if (received > limit) {
        refused = true;
        const failed = Object.assign(new Error("request body over its limit"), { code: "ERR_BODY_TOO_LARGE" });
        // An app that never read the body has no listener, and an unheard "error" would end the process.
        request.on("error", () => {});
        // Once the client has the 413 (or was cut off), the app's read fails instead of ending early;
        // destroying the request sooner would reset the connection before the 413 arrives.
        const fail = () => request.destroy(failed);
        if (request.socket.destroyed) process.nextTick(fail);
        else request.socket.once("close", fail);
        refuseTooLarge(request, response, limit);
        return true;
      }
    }
    return push.call(this, chunk, encoding);
  };
  return true;
}

/**
 * Marks this process as guarded: the app reads the guard's headers only then, since without the
 * guard in front (next dev, next start) they are whatever the client sent.
 */
const GUARD_MARK = Symbol.for("chancery.requestGuard");

/** One line on standard error, once: X-Forwarded-For arrived but no proxy is trusted. */
function warnUntrustedForwarding(write = (line) => process.stderr.write(`${line}\n`)) {
  write(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "warn",
      event: "untrusted_forwarded_for",
      message:
        "A request carried X-Forwarded-For but CHANCERY_TRUSTED_PROXIES is 0: every client is taken to be the socket's address. Behind a proxy, set CHANCERY_TRUSTED_PROXIES to the number of proxies, or one sign-in lockout locks everybody out.",
    }),
  );
}

function installRequestGuard(http, options = {}) {
  const trustedHops = options.trustedHops ?? trustedHopsFromEnv(process.env);
  const warn = options.warn ?? warnUntrustedForwarding;
  let warned = false;
  const markedBefore = globalThis[GUARD_MARK];
  globalThis[GUARD_MARK] = true;
  const createServer = http.createServer;
  http.createServer = function createGuardedServer(...args) {
    const server = createServer.apply(this, args);
    const emit = server.emit;
    // Every "request" listener, whenever it was added, runs only after the check.
    server.emit = function guardedEmit(event, ...rest) {
      if (event === "request" && trustedHops === 0 && !warned && rest[0].headers["x-forwarded-for"] !== undefined) {
        warned = true;
        warn();
      }
      if (event === "request" && !admitRequest(rest[0], rest[1], trustedHops)) return true;
      return emit.call(this, event, ...rest);
    };
    return server;
  };
  return () => {
    http.createServer = createServer;
    if (markedBefore === undefined) delete globalThis[GUARD_MARK];
    else globalThis[GUARD_MARK] = markedBefore;
  };
}

module.exports = {
  GUARD_MARK,
  BODY_LIMITS,
  CLIENT_ADDRESS_HEADER,
  HTTPS_HEADER,
  REFUSAL_HEADERS,
  bodyLimitFor,
  cameOverHttps,
  clientAddress,
  installRequestGuard,
  trustedHopsFromEnv,
};

// Installed when node --require preloads it, not when a test requires it to try it on its own server
// (an ESM test runner has no require.main either, so only the preloader's parent tells the two apart).
if (module.parent?.id === "internal/preload") installRequestGuard(require("node:http"));
