import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: data access against a real PostgreSQL (DATABASE_URL is set by scripts/test.ts).
// Files run one after another because they share the database.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/integration/server-only-stub.ts") } },
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["tests/integration/setup.ts"],
  },
});
