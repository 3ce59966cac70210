import { describe, expect, it } from "vitest";
import { JobsSupervisor, retryDelayMs } from "./supervisor";

function failingTimes(n: number) {
  let calls = 0;
  return {
    start: async () => {
      calls += 1;
      if (calls <= n) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432 secret details"), { code: "ECONNREFUSED" });
    },
    calls: () => calls,
  };
}

describe("JobsSupervisor: pg-boss that fails at start is retried", () => {
  it.each([
    { failures: 1, ms: 2_000 },
    { failures: 2, ms: 4_000 },
    { failures: 5, ms: 32_000 },
    { failures: 9, ms: 300_000 },
    { failures: 40, ms: 300_000 },
  ])("after $failures failures waits $ms ms", ({ failures, ms }) => {
    expect(retryDelayMs(failures)).toBe(ms);
  });

  it("retries with growing pauses until the jobs run, and reports each state", async () => {
    const boss = failingTimes(3);
    const waits: number[] = [];
    const states: string[] = [];
    const lines: string[] = [];
    const supervisor: JobsSupervisor = new JobsSupervisor({
      start: boss.start,
      stop: async () => undefined,
      wait: async (ms) => {
        waits.push(ms);
        states.push(supervisor.status().state);
      },
      log: (line) => lines.push(line),
    });
    await supervisor.run();
    expect(boss.calls()).toBe(4);
    expect(waits).toEqual([2_000, 4_000, 8_000]);
    expect(states).toEqual(["retrying", "retrying", "retrying"]);
    expect(supervisor.status()).toMatchObject({ state: "running", attempts: 4, lastError: "Error (ECONNREFUSED)" });
    // the log names type and code, never the message
    expect(lines.join("\n")).not.toContain("secret details");
  });

  it("stops retrying when the app stops", async () => {
    const boss = failingTimes(Infinity);
    let stopped = 0;
    let stopping: Promise<void> | undefined;
    const supervisor: JobsSupervisor = new JobsSupervisor({
      start: boss.start,
      stop: async () => {
        stopped += 1;
      },
      wait: async () => {
        if (boss.calls() === 2) stopping = supervisor.stop(); // SIGTERM during a pause
      },
      log: () => undefined,
    });
    await supervisor.run();
    await stopping;
    expect(boss.calls()).toBe(2);
    expect(stopped).toBe(1);
    expect(supervisor.status().state).toBe("stopped");
  });
});
