// A stand-in for the production server in tests of its preloads (scripts/request-guard.cjs):
// it keeps every body byte it is given, as a careless route would, so that memory shows
// whether an oversized body reached it. GET /memory reports its memory after a collection,
// GET /headers the headers it received; it prints its port once listening.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as the production server it stands in for */
const http = require("node:http");

const kept = [];
const server = http.createServer((request, response) => {
  const reply = (status, value) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(value));
  };
  if (request.url === "/memory") {
    if (global.gc) global.gc();
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    return reply(200, { rss, heapUsed, arrayBuffers });
  }
  if (request.url === "/headers") return reply(200, request.headers);
  let bytes = 0;
  request.on("data", (chunk) => {
    bytes += chunk.length;
    kept.push(chunk);
  });
  request.on("end", () => reply(200, { bytes }));
  request.on("error", () => {});
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
