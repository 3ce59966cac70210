/**
 * Who is the client of a request: the one function behind every rate limit and the audit log's IP address.
 *
 * Next.js does not hand the connection's address to route handlers, server actions or proxy.ts (NextRequest.ip was
 * removed in Next 15, and `next start` keeps a client-sent X-Forwarded-For as it is). So the address is taken where
 * Node still has it: `installServerHooks()` (called once from instrumentation.ts) sees every incoming request on
 * the Node HTTP server (lib/http/install-server-hooks.ts), works out the client with {@link resolveClientIp} and writes it into the request header
 * {@link CLIENT_IP_HEADER}, overwriting whatever a client sent under that name. A second header carries a random
 * token of this process, so a value that did not come from this process (the hook not installed) is never believed.
 *
 * Forwarding headers count only when the connection itself comes from a proxy listed in TRUSTED_PROXIES; then the
 * X-Forwarded-For chain is read from the right, skipping trusted proxies, and the first other address is the client.
 */
import { BlockList, isIP } from "node:net";
import type { TrustedProxy } from "@/lib/env";

export const CLIENT_IP_HEADER = "x-ttv-client-ip";
export const CLIENT_IP_TOKEN_HEADER = "x-ttv-client-ip-token";
/** the key of every client whose address is unknown (outside a request, or before the hook was installed) */
export const UNKNOWN_CLIENT = "onbekend";

/** "::ffff:192.0.2.1" -> "192.0.2.1"; a zone id or brackets are dropped; not an IP address -> null. */
export function normaliseIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let ip = value.trim().replace(/^\[|\]$/g, "");
  const zone = ip.indexOf("%");
  if (zone >= 0) ip = ip.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) ip = mapped[1];
  return isIP(ip) === 0 ? null : ip.toLowerCase();
}

export function trustedProxyList(proxies: readonly TrustedProxy[]): BlockList {
  const list = new BlockList();
  for (const p of proxies) list.addSubnet(p.address, p.prefix, p.family);
  return list;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the connection's own address (`peer`), unless that is a trusted proxy; then the rightmost
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left were written by the client and
 * are never believed). Pure; unit-tested.
 */
export function resolveClientIp(peer: string | null | undefined, forwardedFor: string | string[] | null | undefined, trusted: BlockList): string {
  const direct = normaliseIp(peer);
  if (!direct) return UNKNOWN_CLIENT;
  if (!isTrusted(trusted, direct)) return direct;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  let client = direct;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normaliseIp(chain[i]);
    if (!hop) break; // garbage: stop at the last address a trusted proxy wrote
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

const TOKEN_KEY = Symbol.for("ttv.clientIpToken");

/** This process's random token, shared by the hook and the readers (same process, any bundle). */
export function processToken(): string {
  const g = globalThis as { [TOKEN_KEY]?: string };
  g[TOKEN_KEY] ??= Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  return g[TOKEN_KEY];
}

/** The client of a request from its headers, as the hook wrote it; {@link UNKNOWN_CLIENT} when absent or not ours. */
export function clientIpFromHeaders(headers: Pick<Headers, "get">): string {
  const token = headers.get(CLIENT_IP_TOKEN_HEADER);
  if (!token || token !== processToken()) return UNKNOWN_CLIENT;
  return normaliseIp(headers.get(CLIENT_IP_HEADER)) ?? UNKNOWN_CLIENT;
}
