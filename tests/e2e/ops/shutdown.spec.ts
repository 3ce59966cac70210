/**
 * SIGTERM on `npm start` (scripts/start.ts + the built app) while a request is still arriving: the server stops
 * taking connections, the running request is answered, the jobs stop, the pool closes, and the process exits 0.
 * No browser: a second app on a free port, on the end-to-end database (DATABASE_URL set by npm test, so no seeding).
 * The "slow request" is a POST whose body is sent in two halves: the second half goes out only after the server has
 * stopped listening, so the request is certainly running when the signal arrives (no timing involved).
 */
import http from "node:http";
import net from "node:net";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";

test.setTimeout(180_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForReady(base: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start stopte (code ${child.exitCode})`);
    try {
      const response = await fetch(`${base}/api/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
}

/** Resolves once a new TCP connection to the port is refused: the server no longer takes new connections. */
async function waitUntilRefused(port: number): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      socket.once("connect", () => (socket.destroy(), resolve(false)));
      socket.once("error", () => resolve(true));
    });
    if (refused) return;
    await sleep(100);
  }
}

test("SIGTERM during a running request: the request is answered and npm start exits 0", async () => {
  expect(process.env.DATABASE_URL, "run through npm test / npm run test:e2e").toBeTruthy();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  // exactly as package.json's "start" runs it (node with tsx's loader, no tsx CLI in between to relay signals)
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      PORT: String(port),
      APP_URL: base,
      AUTH_SECRET: "e2e-secret-that-is-long-enough-for-production-0123456789",
      JOBS_ENABLED: "true",
      API_RATE_LIMIT_PER_MINUTE: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

  try {
    await waitForReady(base, child);

    const body = Buffer.from(JSON.stringify({ municipality: "den-haag", answers: { difficulties: ["housework.vacuuming"] } }));
    const half = Math.floor(body.length / 2);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/advice`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(body.length) },
      });
      request.on("response", (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on("error", reject);
      request.write(body.subarray(0, half));
      // the second half after SIGTERM, once the server refuses new connections
      void (async () => {
        await new Promise((r) => request.once("socket", (s: net.Socket) => (s.connecting ? s.once("connect", r) : r(undefined))));
        child.kill("SIGTERM");
        await waitUntilRefused(port);
        request.end(body.subarray(half));
      })().catch(reject);
    });

    const { status, text } = await answer;
    expect(status, text).toBe(200);
    expect(JSON.parse(text)).toHaveProperty("recommendations");
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toContain("[ttv] stoppen");
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});
