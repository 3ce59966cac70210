/**
 * The embedded PostgreSQL belongs to one data folder: two checkouts (two data folders) with the same default port
 * each get their own server, a random password kept beside the folder (mode 0600), and a second start of the same
 * folder reuses its own running server. Ports: EMBEDDED_TEST_PG_PORT (default 55361).
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, startEmbedded, type EmbeddedDatabase } from "../../scripts/lib/database";

const DEFAULT_PORT = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 55361);
const root = path.join(projectRoot, ".data", "embedded-test");
const folderA = path.join(root, "checkout-a");
const folderB = path.join(root, "checkout-b");
const started: EmbeddedDatabase[] = [];
const quiet = () => undefined;

async function dataDirectoryOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ data_directory: string }>("show data_directory")).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const db of started.reverse()) await db.stop().catch(() => undefined);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("embedded PostgreSQL per data folder", () => {
  it("gives a second data folder with the same default port its own server, password and port", async () => {
    fs.rmSync(root, { recursive: true, force: true });
    const a = await startEmbedded({ dataDir: folderA, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    started.push(a);
    const b = await startEmbedded({ dataDir: folderB, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    started.push(b);

    expect(b.port).not.toBe(a.port);
    expect(fs.realpathSync(await dataDirectoryOf(a.url))).toBe(fs.realpathSync(folderA));
    expect(fs.realpathSync(await dataDirectoryOf(b.url))).toBe(fs.realpathSync(folderB));

    // random passwords, one per folder, readable by the owner only
    const passwordA = fs.readFileSync(`${folderA}.password`, "utf8").trim();
    const passwordB = fs.readFileSync(`${folderB}.password`, "utf8").trim();
    expect(passwordA).not.toBe(passwordB);
    expect(passwordA.length).toBeGreaterThanOrEqual(24);
    expect(fs.statSync(`${folderA}.password`).mode & 0o777).toBe(0o600);
    expect(new URL(a.url).password).toBe(passwordA);
    // B's port is remembered for its next start
    expect(fs.readFileSync(`${folderB}.port`, "utf8").trim()).toBe(String(b.port));
  });

  it("reuses the folder's own server when it already runs, and never another folder's", async () => {
    const [a, b] = started;
    const againB = await startEmbedded({ dataDir: folderB, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    expect(againB.port).toBe(b!.port);
    expect(fs.realpathSync(await dataDirectoryOf(againB.url))).toBe(fs.realpathSync(folderB));
    const againA = await startEmbedded({ dataDir: folderA, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    expect(againA.port).toBe(a!.port);
  });

  it("replaces the fixed password of a cluster made before passwords were random", async () => {
    const [a] = started;
    await a!.stop();
    started.shift();
    const file = `${folderA}.password`;
    const client = new pg.Client({ connectionString: a!.url });
    // put the cluster back in its old state: the old fixed password and no password file
    const restarted = await startEmbedded({ dataDir: folderA, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    started.push(restarted);
    await client.connect();
    await client.query("alter role postgres password 'ttv-local'");
    await client.end();
    fs.rmSync(file);
    await restarted.stop();
    started.pop();

    const upgraded = await startEmbedded({ dataDir: folderA, defaultPort: DEFAULT_PORT, databaseName: "ttv", log: quiet });
    started.push(upgraded);
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password).not.toBe("ttv-local");
    expect(new URL(upgraded.url).password).toBe(password);
    expect(fs.realpathSync(await dataDirectoryOf(upgraded.url))).toBe(fs.realpathSync(folderA));
  });
});
