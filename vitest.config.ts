import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: pure code only (engine, permissions, schemas), beside the code they test.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "lib/generated/**", "**/*.integration.test.ts"],
    environment: "node",
    // scrypt at OWASP's cost (N=2^17) takes a few hundred ms per hash; on a busy 2-core machine more than vitest's 5 s default
    testTimeout: 30_000,
  },
});
