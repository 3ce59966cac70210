import { afterAll } from "vitest";

if (!process.env.DATABASE_URL) {
  throw new Error("Integratietests draaien via `npm test` of `npm run test:integration` (die zetten DATABASE_URL).");
}

afterAll(async () => {
  const { db, pgPool } = await import("@/lib/db");
  await db.$disconnect();
  await pgPool().end();
});
