// Test helper, run as its own process:
//   node --import tsx peak-rss-upload.ts <megabytes> <declared|undeclared>
// Streams an upload of that many MB, in 64 KB chunks as a request body arrives,
// through readUploadBody, and prints the process's peak resident memory
// (VmHWM) before and after, as one line of JSON.
import { readFileSync } from "node:fs";
import { readUploadBody } from "../upload-body";

function peakRssMb(): number {
  const line = readFileSync("/proc/self/status", "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Math.round(Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) / 1024);
}

const [megabytes, mode] = process.argv.slice(2);
const size = Number(megabytes) * 1024 * 1024;
const CHUNK = 64 * 1024;
let sent = 0;
const body = new ReadableStream<Uint8Array>({
  pull(controller) {
    if (sent >= size) return controller.close();
    const chunk = new Uint8Array(Math.min(CHUNK, size - sent)).fill(sent % 251);
    sent += chunk.byteLength;
    controller.enqueue(chunk);
  },
});
const before = peakRssMb();
readUploadBody(body, mode === "declared" ? size : 0, 200 * 1024 * 1024).then((bytes) => {
  process.stdout.write(`${JSON.stringify({ bytes: bytes.byteLength, baselineMb: before, peakRssMb: peakRssMb() })}\n`);
});
