/**
 * The public base URL ("https://ttv.gemeente.nl") of the request being served, from its headers. Pure; used when
 * APP_URL is not set (lib/server/app-url.ts). A reverse proxy's X-Forwarded-Host / X-Forwarded-Proto win over Host.
 * A host that is not a plain host name or address (with an optional port) is refused (null), so a forged header
 * cannot put arbitrary text into a link.
 */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;
const LOCAL = /^(?:localhost|127(?:\.[0-9]{1,3}){3}|\[::1\])(?::[0-9]{1,5})?$/i;

function first(value: string | null | undefined): string {
  return (value ?? "").split(",")[0]?.trim() ?? "";
}

export function baseUrlFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const host = first(get("x-forwarded-host")) || first(get("host"));
  if (!host || host.length > 255 || !HOST.test(host)) return null;
  const forwarded = first(get("x-forwarded-proto")).toLowerCase();
  // Without a proxy telling us, a public host is served over https; a local one (the demo) over http.
  const proto = forwarded === "http" || forwarded === "https" ? forwarded : LOCAL.test(host) ? "http" : "https";
  return `${proto}://${host.toLowerCase()}`;
}

/** "https://x.nl/" -> "https://x.nl" */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
