/**
 * Structured server logs: one JSON object per line, for a log collector.
 * Callers pass only what an operator needs (ids, counts, durations, status):
 * never e-mail addresses, names, file contents, passwords or tokens.
 */
type LogValue = string | number | boolean | null;

export function logEvent(level: "info" | "warn" | "error", event: string, fields: Record<string, LogValue> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}
