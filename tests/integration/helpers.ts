import { truncateAll } from "../../scripts/lib/prepare";
import { seedDemoData } from "../../prisma/seed/index";

/** A clean database with the demo data, for a test file's beforeAll. */
export async function resetWithDemoData(now = new Date()) {
  const url = process.env.DATABASE_URL as string;
  await truncateAll(url);
  const { db } = await import("@/lib/db");
  await seedDemoData(db, { now });
  return db;
}
