import "server-only";
import { headers } from "next/headers";
import { DEFAULT_APP_URL, env } from "@/lib/env";
import { baseUrlFromHeaders, withoutTrailingSlash } from "@/lib/util/base-url";

/**
 * The public base URL for links in messages and on pages ("https://ttv.denhaag.nl", no trailing slash).
 * APP_URL when it is set; otherwise the host of the request being served (next/headers), so a deployment without
 * APP_URL still sends its own address rather than http://localhost. Outside a request (a background job) without
 * APP_URL: http://localhost:3000, and the server warned about that at start (lib/env.ts appUrlWarning).
 */
export async function appUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return withoutTrailingSlash(configured);
  try {
    const h = await headers();
    const fromRequest = baseUrlFromHeaders((name) => h.get(name));
    if (fromRequest) return fromRequest;
  } catch {
    // no request: a background job or a script
  }
  return DEFAULT_APP_URL;
}

/** The same for a route handler that has the Request at hand: APP_URL, else its headers, else its own URL. */
export function appUrlFor(request: Request): string {
  const configured = env().APP_URL;
  if (configured) return withoutTrailingSlash(configured);
  return baseUrlFromHeaders((name) => request.headers.get(name)) ?? new URL(request.url).origin;
}
