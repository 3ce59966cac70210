/**
 * pg-boss against a database that accepts the connection but never answers: the start fails (connect timeout)
 * instead of hanging, so the supervisor can retry it; against the real database the supervisor then gets it running.
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";

process.env.DB_CONNECT_TIMEOUT_MS = "300";

const sockets: net.Socket[] = [];
const silent = net.createServer((socket) => {
  sockets.push(socket);
  socket.on("error", () => undefined);
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs");
  await stopJobs();
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe("starting the background jobs", () => {
  it("fails, not hangs, on a server that never answers; the supervisor retries and gets the jobs running", async () => {
    const port = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as net.AddressInfo).port)));
    const { startJobs } = await import("@/lib/jobs");
    const { JobsSupervisor } = await import("@/lib/jobs/supervisor");
    const targets = [`postgresql://u:p@127.0.0.1:${port}/ttv`, process.env.DATABASE_URL as string];
    const errors: string[] = [];
    const supervisor = new JobsSupervisor({
      start: async () => {
        await startJobs({ connectionString: targets.shift()!, schedule: false });
      },
      stop: async () => undefined,
      wait: async () => undefined,
      log: (line) => errors.push(line),
    });
    await supervisor.run();
    expect(supervisor.status()).toMatchObject({ state: "running", attempts: 2 });
    expect(errors[0]).toMatch(/niet gestart/);
  });
});
