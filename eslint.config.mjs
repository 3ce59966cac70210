// ESLint (flat config): Next.js's rules for Next 16 (core web vitals: React, hooks, jsx-a11y, @next/next) and
// typescript-eslint's recommended rules. `npm run lint` runs it together with the type check; `npm test` runs lint first.
// Formatting is not linted here (no formatter rules): the code keeps the style it has.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks an argument or binding that is deliberately unused (table-driven tests: it.each(...)((_name, ...)).
      // a `let` read before its one assignment (a signal handler that may run before the child exists) stays a `let`
      "prefer-const": ["error", { destructuring: "all", ignoreReadBeforeAssign: true }],
      // images are ours and already made small by sharp on upload (lib/server/images), served with ETag; next/image's
      // optimizer would re-encode them again per request
      "@next/next/no-img-element": "off",
      // ARIA 1.2 has aria-invalid as a global state, valid on radios (axe, run by every e2e test, agrees); the plugin
      // follows a draft that narrows it
      "jsx-a11y/role-supports-aria-props": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "bench-results/**", "next-env.d.ts", "public/**"]),
]);
