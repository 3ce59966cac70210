/**
 * Writes the client's address into every incoming request, once per process (see lib/http/client-ip.ts for why this
 * lives at the Node HTTP server: it is the only place in `next start` / `next dev` that still knows the connection).
 * Called from instrumentation.ts in the Node.js runtime before the first request is handled.
 */
import http from "node:http";
import https from "node:https";
import { env, parseTrustedProxies } from "@/lib/env";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, processToken, resolveClientIp, trustedProxyList } from "./client-ip";

const INSTALLED = Symbol.for("ttv.clientIpInstalled");

export function installClientIpHeader(): void {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const trusted = trustedProxyList(parseTrustedProxies(env().TRUSTED_PROXIES) ?? []);
  const token = processToken();
  for (const Server of [http.Server, https.Server]) {
    const original = Server.prototype.emit;
    Server.prototype.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trusted);
        req.headers[CLIENT_IP_TOKEN_HEADER] = token;
      }
      return Reflect.apply(original, this, [event, ...args]) as boolean;
    } as typeof original;
  }
}
