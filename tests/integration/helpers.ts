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

/** The AppError code a call is refused with ("none" when it succeeds, "other" for any other error), for table-like checks. */
export async function errorCode(call: Promise<unknown>): Promise<string> {
  const { AppError } = await import("@/lib/errors");
  try {
    await call;
    return "none";
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
}
