/**
 * Hooks on Node's HTTP server, installed once per process from instrumentation.ts (Node.js runtime) before the first
 * request is handled. They do what proxy.ts cannot, because Next.js has already turned the request into a web
 * Request there:
 *  - write the client's address into every request (see lib/http/client-ip.ts: only the server still knows the
 *    connection);
 *  - answer TRACE and TRACK with 405 (a web Request cannot even be made with these methods, so Next.js answered 500).
 */
import http from "node:http";
import https from "node:https";
import { env, parseTrustedProxies } from "@/lib/env";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, processToken, resolveClientIp, trustedProxyList } from "./client-ip";
import { refusedMethodResponse } from "./security-headers";

const INSTALLED = Symbol.for("ttv.serverHooksInstalled");

export function installServerHooks(): void {
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
        const res = args[1] as http.ServerResponse;
        const refused = refusedMethodResponse(req.method ?? "", req.url ?? "/");
        if (refused) {
          res.writeHead(refused.status, refused.headers);
          res.end(refused.body);
          return true;
        }
        req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trusted);
        req.headers[CLIENT_IP_TOKEN_HEADER] = token;
      }
      return Reflect.apply(original, this, [event, ...args]) as boolean;
    } as typeof original;
  }
}
