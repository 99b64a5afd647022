import { describe, expect, it } from "vitest";
import { processExists, runIsInterrupted, type RunningRunRow } from "./run-heartbeat";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const context = (overrides: Partial<Parameters<typeof runIsInterrupted>[1]> = {}) => ({
  now,
  stillRunning: new Set<string>(),
  thisHost: "here",
  thisPid: 100,
  exists: (pid: number) => pid === 200,
  staleAfter: 60_000,
  ...overrides,
});
const run = (fields: Partial<RunningRunRow>): RunningRunRow => ({
  id: "r",
  startedAt: ago(3600),
  heartbeatAt: null,
  workerHost: null,
  workerPid: null,
  ...fields,
});

describe("runIsInterrupted", () => {
  it("a run of a process on this machine that no longer exists is interrupted at once", () => {
    expect(runIsInterrupted(run({ workerHost: "here", workerPid: 300, heartbeatAt: ago(5) }), context())).toBe(true);
  });

  it("a run of a live process on this machine is not, though SQLite held its heartbeat back for minutes", () => {
    expect(runIsInterrupted(run({ workerHost: "here", workerPid: 200, heartbeatAt: ago(600) }), context())).toBe(false);
  });

  it("past the longest an import transaction may last, a live pid no longer vouches for the run (it may be reused)", () => {
    expect(runIsInterrupted(run({ workerHost: "here", workerPid: 200, heartbeatAt: ago(21 * 60) }), context())).toBe(
      true,
    );
  });

  it("a run recorded by this very process that it no longer holds is interrupted", () => {
    expect(runIsInterrupted(run({ workerHost: "here", workerPid: 100, heartbeatAt: ago(1) }), context())).toBe(true);
    expect(
      runIsInterrupted(
        run({ id: "held", workerHost: "here", workerPid: 100, heartbeatAt: ago(1) }),
        context({ stillRunning: new Set(["held"]) }),
      ),
    ).toBe(false);
  });

  it("a run of another machine is judged by its heartbeat: silent for more than a minute", () => {
    expect(runIsInterrupted(run({ workerHost: "there", workerPid: 300, heartbeatAt: ago(59) }), context())).toBe(false);
    expect(runIsInterrupted(run({ workerHost: "there", workerPid: 300, heartbeatAt: ago(61) }), context())).toBe(true);
  });

  it("a run from before heartbeats is judged by when it started", () => {
    expect(runIsInterrupted(run({ startedAt: ago(30) }), context())).toBe(false);
    expect(runIsInterrupted(run({ startedAt: ago(90) }), context())).toBe(true);
  });
});

describe("processExists", () => {
  it("knows this process and no process with a pid above Linux's default pid_max", () => {
    expect(processExists(process.pid)).toBe(true);
    expect(processExists(2 ** 22 + 12345)).toBe(false);
  });
});
