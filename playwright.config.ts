import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` / `npm run test:e2e`, which starts the database, seeds it and builds the app first.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_BASE_URL: run against a server you started yourself (e.g. `next dev`), instead of starting one.
const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: external ?? `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      AUTH_SECRET: "e2e-secret-that-is-long-enough-for-production-0123456789",
      APP_URL: `http://localhost:${PORT}`,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      JOBS_ENABLED: "false",
      // a fixed test key for the municipalities' OpenID Connect client secrets (tests/e2e/admin/oidc.spec.ts)
      OIDC_SECRET_KEY: "ZTJlLW9pZGMta2V5LTAxMjM0NTY3ODlhYmNkZWYwMTI=",
      API_RATE_LIMIT_PER_MINUTE: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
