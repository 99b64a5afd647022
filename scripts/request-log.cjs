// Preloaded into the production server (node --require ./request-log.cjs server.js):
// one JSON line per HTTP request on standard output, for a log collector.
// Only the method, the path without its query, the status, the duration and
// the response size: no query strings, addresses, cookies or user ids.
"use strict";

function installRequestLog(http, write = (line) => process.stdout.write(`${line}\n`), now = () => performance.now()) {
  const createServer = http.createServer;
  http.createServer = function createLoggedServer(...args) {
    const server = createServer.apply(this, args);
    server.on("request", (request, response) => {
      const started = now();
      response.once("finish", () => {
        const path = String(request.url ?? "")
          .split("?")[0]
          .slice(0, 300);
        // Static files are many and uninteresting; their errors still show.
        if (path.startsWith("/_next/static/") && response.statusCode < 400) return;
        write(
          JSON.stringify({
            time: new Date().toISOString(),
            level: response.statusCode >= 500 ? "error" : "info",
            event: "request",
            method: request.method,
            path,
            status: response.statusCode,
            durationMs: Math.round((now() - started) * 10) / 10,
            bytes: Number(response.getHeader("content-length")) || null,
          }),
        );
      });
    });
    return server;
  };
  return () => {
    http.createServer = createServer;
  };
}

module.exports = { installRequestLog };

// A CommonJS preload has no import statements to offer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.CHANCERY_REQUEST_LOG !== "off") installRequestLog(require("node:http"));
