/**
 * Keeps the background jobs alive: when pg-boss cannot start (database down, still starting, migrations running),
 * it tries again with growing pauses (2 s, 4 s, 8 s … at most 5 minutes) until it runs or the app stops, instead of
 * leaving reminders, expiry and retention off without a word. Its state is what GET /api/ready reports.
 * Plain code (no pg-boss, no server-only): the start function and the pause are passed in, so unit tests run it
 * without timers.
 */

export type JobsState = "disabled" | "starting" | "running" | "retrying" | "stopping" | "stopped";

export interface JobsStatus {
  state: JobsState;
  /** start attempts so far */
  attempts: number;
  /** the last start error as type and code only (never a message: it could hold personal data) */
  lastError?: string;
  /** when the next attempt is made (ISO), while retrying */
  nextAttemptAt?: string;
}

export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;

/** The pause before attempt `attempt + 1` after `attempt` failures: doubling from the base, capped. */
export function retryDelayMs(failures: number, baseMs = RETRY_BASE_MS, maxMs = RETRY_MAX_MS): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
}

export function describeError(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown } | null;
  const name = e && typeof e.name === "string" ? e.name : typeof error;
  const code = e && (typeof e.code === "string" || typeof e.code === "number") ? ` (${e.code})` : "";
  return `${name}${code}`;
}

/** Waits `ms`, or less when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref?.();
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

export interface SupervisorOptions {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  log?: (line: string) => void;
  baseMs?: number;
  maxMs?: number;
  now?: () => Date;
}

export class JobsSupervisor {
  private current: JobsStatus = { state: "stopped", attempts: 0 };
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  status(): JobsStatus {
    return { ...this.current };
  }

  /** Starts (or retries until started); resolves once running, or once stopped. Call once. */
  run(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    const { start, log = console.error, now = () => new Date() } = this.options;
    const wait = this.options.wait ?? pause;
    let failures = 0;
    while (!this.abort.signal.aborted) {
      this.current = { ...this.current, state: "starting", attempts: failures + 1, nextAttemptAt: undefined };
      try {
        await start();
        if (this.abort.signal.aborted) return; // stop() came while starting: it stops what just started
        this.current = { state: "running", attempts: failures + 1, lastError: this.current.lastError };
        if (failures > 0) log(`[jobs] de achtergrondtaken draaien (na ${failures + 1} pogingen).`);
        return;
      } catch (error) {
        failures += 1;
        const delay = retryDelayMs(failures, this.options.baseMs, this.options.maxMs);
        const lastError = describeError(error);
        this.current = { state: "retrying", attempts: failures, lastError, nextAttemptAt: new Date(now().getTime() + delay).toISOString() };
        log(`[jobs] de achtergrondtaken zijn niet gestart: ${lastError}; nieuwe poging over ${Math.round(delay / 1000)} s.`);
        await wait(delay, this.abort.signal);
      }
    }
  }

  /** Stops retrying and stops the jobs (waits for a job that is running). */
  async stop(): Promise<void> {
    if (this.current.state === "stopped" && !this.running) return;
    this.abort.abort();
    this.current = { ...this.current, state: "stopping", nextAttemptAt: undefined };
    await this.running?.catch(() => undefined);
    try {
      await this.options.stop();
    } finally {
      this.current = { ...this.current, state: "stopped" };
    }
  }
}

// ------------------------------------------------------------------------------------------ the process's one

const globalForSupervisor = globalThis as unknown as { ttvJobsSupervisor?: JobsSupervisor; ttvJobsDisabled?: boolean };

export function setJobsSupervisor(supervisor: JobsSupervisor | undefined): void {
  globalForSupervisor.ttvJobsSupervisor = supervisor;
}

export function getJobsSupervisor(): JobsSupervisor | undefined {
  return globalForSupervisor.ttvJobsSupervisor;
}

export function markJobsDisabled(disabled = true): void {
  globalForSupervisor.ttvJobsDisabled = disabled;
}

/** The jobs' state for the readiness check: "disabled" (JOBS_ENABLED=false) or the supervisor's. */
export function jobsStatus(): JobsStatus {
  if (globalForSupervisor.ttvJobsDisabled) return { state: "disabled", attempts: 0 };
  return globalForSupervisor.ttvJobsSupervisor?.status() ?? { state: "stopped", attempts: 0 };
}
