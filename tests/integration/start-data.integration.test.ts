/**
 * npm start on an empty database: a production start creates no demo accounts (their password is in the README)
 * and tells how to create the first platform administrator; the local demo (or --demo) loads the demo data.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prepareData, truncateAll } from "../../scripts/lib/prepare";
import { resetWithDemoData } from "./helpers";

const url = process.env.DATABASE_URL as string;

describe("demo data only where asked for", () => {
  beforeEach(async () => {
    await truncateAll(url);
  });
  afterAll(async () => {
    await resetWithDemoData();
  });

  it("a production start on an empty database adds nothing and prints `npm run admin:create`", async () => {
    const lines: string[] = [];
    expect(await prepareData(url, "production", (line) => lines.push(line))).toBe("empty");
    const { db } = await import("@/lib/db");
    expect(await db.user.count()).toBe(0);
    expect(await db.municipality.count()).toBe(0);
    expect(lines.join("\n")).toContain("npm run admin:create");
  });

  it("a production start on a database with accounts says nothing and adds nothing", async () => {
    await resetWithDemoData();
    const { db } = await import("@/lib/db");
    const users = await db.user.count();
    const lines: string[] = [];
    expect(await prepareData(url, "production", (line) => lines.push(line))).toBe("kept");
    expect(lines).toEqual([]);
    expect(await db.user.count()).toBe(users);
  });

  it("the demo loads the demo data into an empty database, once", async () => {
    const quiet = () => undefined;
    expect(await prepareData(url, "demo", quiet)).toBe("seeded");
    const { db } = await import("@/lib/db");
    expect(await db.user.count({ where: { email: "platform@ttv.demo" } })).toBe(1);
    expect(await prepareData(url, "demo", quiet)).toBe("kept");
  });
});
