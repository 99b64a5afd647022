// After `next build`: the standalone server (.next/standalone/server.js) serves
// static files only from its own folder, so the build's static assets are copied in.
import { cpSync, existsSync, rmSync } from "node:fs";

if (existsSync(".next/standalone")) {
  rmSync(".next/standalone/.next/static", { recursive: true, force: true });
  cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
  if (existsSync("public")) cpSync("public", ".next/standalone/public", { recursive: true });
  // The request guard and the JSON request log, preloaded by npm start, the end-to-end servers and the Dockerfile.
  cpSync("scripts/request-guard.cjs", ".next/standalone/request-guard.cjs");
  cpSync("scripts/request-log.cjs", ".next/standalone/request-log.cjs");
}
