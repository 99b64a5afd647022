/**
 * First-load JavaScript of a route, read from the production build: the
 * runtime every page loads (build-manifest rootMainFiles) plus the entry
 * chunks of the root layout and of the route's page (its client reference
 * manifest), each counted once, gzip-compressed as a server would send them.
 * Polyfills are left out: only browsers without ES modules load them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  route: string;
  files: number;
  bytes: number;
  gzipBytes: number;
}

export function firstLoadJs(route: string, nextDir = path.join(process.cwd(), ".next")): FirstLoadJs {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const manifestFile = path.join(nextDir, "server", "app", route, "page_client-reference-manifest.js");
  if (!existsSync(manifestFile)) throw new Error(`No client reference manifest for route ${route}: build first.`);
  const source = readFileSync(manifestFile, "utf8");
  const json = source.slice(source.indexOf("= {") + 2).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles: Record<string, string[]> };
  const entries = Object.entries(manifest.entryJSFiles);
  const page = entries.find(([key]) => key === `[project]/app/${route}/page`);
  if (!page) throw new Error(`The manifest of ${route} names no page entry.`);
  const layout = entries.find(([key]) => key === "[project]/app/layout")?.[1] ?? [];
  const files = [...new Set([...build.rootMainFiles, ...layout, ...page[1]])];
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(nextDir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { route, files: files.length, bytes, gzipBytes };
}
