/**
 * A real OpenID Provider for the tests: oidc-provider (panva's certified implementation) on a loopback port, with
 * confidential test clients and accounts that carry a `groups` claim. Its development login pages are completed
 * over HTTP (signInAtProvider), like a browser would: any password is accepted for a known account.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestAccount {
  email: string;
  name: string;
  groups: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface RunningProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcProvider({ port = 0, clients, accounts }: { port?: number; clients: TestClient[]; accounts: Record<string, TestAccount> }): Promise<RunningProvider> {
  // the issuer needs the port before listening: reserve one first when none is given
  const chosen = port || (await freePort());
  const issuer = `http://127.0.0.1:${chosen}`;
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({ client_id: c.clientId, client_secret: c.clientSecret, redirect_uris: c.redirectUris, grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_post" })),
    // groups come with the profile, as a provider's own token configuration would add them
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // put the scope's claims (groups) into the ID token, as Entra ID and Keycloak do for groups
    conformIdTokenClaims: false,
    cookies: { keys: ["ttv-test-oidc-provider-cookie-key"] },
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name, groups: account.groups }) };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(chosen, "127.0.0.1", () => resolve(s));
  });
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A minimal cookie jar for fetch: name=value per origin-less test (one provider at a time). */
class Jar {
  private readonly cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Follows the authorization URL through the provider's login and consent pages as `accountId` until the provider
 * redirects to a URL that starts with `redirectPrefix`; returns that URL (with code, state, iss).
 */
export async function signInAtProvider(authorizationUrl: string, accountId: string, redirectPrefix: string): Promise<URL> {
  const jar = new Jar();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, { method: body ? "POST" : "GET", body, redirect: "manual", headers: { cookie: jar.header(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) } });
    jar.store(res);
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      const location = new URL(res.headers.get("location") ?? "", url).href;
      if (location.startsWith(redirectPrefix)) return new URL(location);
      url = location;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html.slice(0, 300)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, "&"), url).href;
    body = new URLSearchParams(prompt === "login" ? { prompt, login: accountId, password: "any" } : { prompt });
  }
  throw new Error("too many steps at the provider");
}
