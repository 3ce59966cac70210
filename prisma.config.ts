import path from "node:path";
import { defineConfig } from "prisma/config";
import { CliPrismaPg } from "./prisma/cli-adapter";

// Prisma does not read .env when a config file exists; the npm scripts set DATABASE_URL
// (embedded PostgreSQL or your own server). `generate` needs no database: a placeholder keeps it offline.
const url = process.env.DATABASE_URL ?? "postgresql://placeholder:placeholder@127.0.0.1:5432/placeholder";
if (!process.env.DATABASE_URL) process.env.DATABASE_URL = url;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new CliPrismaPg(url),
});
