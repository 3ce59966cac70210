import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { ttvPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }) });
}

/** The app's one Prisma client (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.ttvPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.ttvPrisma = db;

export type { PrismaClient };
