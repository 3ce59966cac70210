import "server-only";
/**
 * Signing in through a municipality's own identity provider: OpenID Connect authorization code flow with PKCE,
 * `state` and `nonce`, done with openid-client 6 (discovery, token exchange, ID token validation: signature, `iss`
 * against the configured issuer, `aud` against the configured client id, `nonce`, expiry).
 *
 * Why our own flow and not a next-auth provider per municipality: next-auth 4 takes its providers once per request
 * from a static list and keys its callback on the provider id; a per-municipality provider would need the
 * configuration (with a decrypted secret) on every next-auth request and would not let us bind the account to the
 * municipality whose configuration was used. Here the two route handlers (app/api/oidc/[municipality]/...) use
 * these functions, and on success create the same revocable Session row as the password sign-in; the handler
 * then sets next-auth's own session cookie (lib/server/oidc/session-cookie.ts), so everything after sign-in is
 * unchanged.
 *
 * Binding: an account made here belongs to the municipality whose configuration was used (User.municipalityId,
 * oidcIssuer, oidcSubject). Its role comes from the configured claim (groups/roles) through the mapping; no match:
 * no rights (no session). A flow started for municipality A can only finish at A's callback with A's configuration.
 */
import { createHash } from "node:crypto";
import * as client from "openid-client";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { recordSignInEvent } from "@/lib/server/audit/record-audit-event";
import { env } from "@/lib/env";
import { decryptOidcSecret } from "@/lib/auth/oidc-secret";
import { SESSION_HOURS } from "@/lib/auth/options";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { claimValues, mapRole, readRoleMappings } from "@/lib/schemas/oidc";

/** The short-lived httpOnly cookie that carries state, nonce and the PKCE verifier between start and callback (encrypted). */
export const OIDC_FLOW_COOKIE = "ttv.oidc-flow";
export const OIDC_FLOW_SECONDS = 10 * 60;

export type OidcRefusal = "not_configured" | "flow" | "provider" | "token" | "no_rights" | "inactive" | "account_conflict";

export type OidcResult =
  | { ok: true; user: User; sessionId: string }
  | { ok: false; refusal: OidcRefusal; municipalityId: string | null };

interface FlowState {
  slug: string;
  state: string;
  nonce: string;
  verifier: string;
}

async function loadConfig(slug: string) {
  const m = await db.municipality.findUnique({ where: { slug }, select: { id: true, slug: true, status: true, oidcConfig: true } });
  if (!m || m.status !== "active" || !m.oidcConfig || !m.oidcConfig.enabled || !m.oidcConfig.clientSecretEncrypted) return null;
  return { municipalityId: m.id, slug: m.slug, config: m.oidcConfig };
}

/** The redirect URI registered at the identity provider for one municipality. */
export function oidcRedirectUri(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/oidc/${encodeURIComponent(slug)}/callback`;
}

async function discover(issuer: string, clientId: string, secret: string): Promise<client.Configuration> {
  const url = new URL(issuer);
  // plain http only for an identity provider on this machine (development, the tests); the schema refuses others
  const loopback = url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
  return client.discovery(url, clientId, { client_secret: secret }, client.ClientSecretPost(secret), {
    execute: loopback ? [client.allowInsecureRequests] : [],
    timeout: 10,
  });
}

async function audit(action: string, user: Pick<User, "id" | "municipalityId"> | null, municipalityId: string | null, client_: string, details: Prisma.InputJsonObject) {
  await recordSignInEvent({ action, user, municipalityId, client: client_, details });
}

/**
 * Step 1: the identity provider's authorization URL and the encrypted flow cookie, or null when this municipality
 * has no (switched-on) configuration or its provider cannot be reached.
 */
export async function beginOidcSignIn({ slug, baseUrl }: { slug: string; baseUrl: string }): Promise<{ url: string; flowCookie: string } | null> {
  const loaded = await loadConfig(slug);
  if (!loaded) return null;
  const { config, municipalityId } = loaded;
  let configuration: client.Configuration;
  try {
    configuration = await discover(config.issuer, config.clientId, decryptOidcSecret(config.clientSecretEncrypted, municipalityId));
  } catch {
    return null;
  }
  const flow: FlowState = { slug: loaded.slug, state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(baseUrl, loaded.slug),
    // groups/roles come with the provider's own token configuration (Entra ID "groups claim", a Keycloak mapper),
    // not with a scope of their own: asking for an unknown scope makes some providers refuse the request
    scope: "openid profile email",
    response_type: "code",
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  const flowCookie = await encode({ token: { ...flow }, secret: env().AUTH_SECRET, maxAge: OIDC_FLOW_SECONDS, salt: OIDC_FLOW_COOKIE });
  return { url: url.href, flowCookie };
}

function sameIssuer(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

/** A stable, non-personal e-mail placeholder when the provider gives no address (User.email is required and unique). */
function placeholderEmail(issuer: string, subject: string, slug: string): string {
  return `oidc-${createHash("sha256").update(`${issuer}\n${subject}`).digest("hex").slice(0, 24)}@${slug}.oidc.invalid`;
}

/**
 * Step 2: the callback. `search` is the query string the provider sent to the callback; `flowCookie` the cookie
 * from step 1. Validates everything, finds or makes the account bound to this municipality, and on success creates
 * a Session row. Every outcome is written to the audit log (no tokens, no claims beyond ids).
 */
export async function completeOidcSignIn({ slug, baseUrl, search, flowCookie, client: clientAddress, now = new Date() }: { slug: string; baseUrl: string; search: string; flowCookie: string | undefined; client: string; now?: Date }): Promise<OidcResult> {
  const loaded = await loadConfig(slug);
  const municipalityId = loaded?.municipalityId ?? null;
  const fail = async (refusal: OidcRefusal, user: Pick<User, "id" | "municipalityId"> | null = null, extra: Prisma.InputJsonObject = {}): Promise<OidcResult> => {
    await audit("auth.oidc_sign_in_failed", user, municipalityId, clientAddress, { result: "failed", reason: refusal, ...extra });
    return { ok: false, refusal, municipalityId };
  };
  if (!loaded) return fail("not_configured");
  const flow = flowCookie ? ((await decode({ token: flowCookie, secret: env().AUTH_SECRET, salt: OIDC_FLOW_COOKIE }).catch(() => null)) as Partial<FlowState> | null) : null;
  // the flow must have been started for this very municipality
  if (!flow || flow.slug !== loaded.slug || !flow.state || !flow.nonce || !flow.verifier) return fail("flow");

  const { config } = loaded;
  let configuration: client.Configuration;
  try {
    configuration = await discover(config.issuer, config.clientId, decryptOidcSecret(config.clientSecretEncrypted, loaded.municipalityId));
  } catch {
    return fail("provider");
  }
  let claims: Record<string, unknown>;
  let accessToken: string | undefined;
  try {
    const currentUrl = new URL(oidcRedirectUri(baseUrl, loaded.slug));
    currentUrl.search = search;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
    const idClaims = tokens.claims();
    if (!idClaims) return fail("token", null, { error: "no_id_token" });
    claims = { ...idClaims };
    accessToken = tokens.access_token;
  } catch (error) {
    const code = error instanceof Error ? ((error as { code?: string }).code ?? (error as { error?: string }).error ?? error.name) : "unknown";
    return fail("token", null, { error: String(code).slice(0, 80) });
  }
  // openid-client checked these already; checked again here because the binding depends on them
  const audience = claims.aud;
  const audiences = Array.isArray(audience) ? audience : [audience];
  if (typeof claims.iss !== "string" || !sameIssuer(claims.iss, config.issuer) || !audiences.includes(config.clientId) || typeof claims.sub !== "string" || !claims.sub) {
    return fail("token", null, { error: "iss_or_aud_mismatch" });
  }
  const issuer = claims.iss;
  const subject = claims.sub;
  if (claims[config.claimName] === undefined && accessToken) {
    try {
      const info = await client.fetchUserInfo(configuration, accessToken, subject);
      if (info[config.claimName] !== undefined) claims[config.claimName] = info[config.claimName];
      for (const k of ["email", "name"]) if (claims[k] === undefined && info[k] !== undefined) claims[k] = info[k];
    } catch {
      // no userinfo: the ID token's claims decide
    }
  }
  const mapped = mapRole(claimValues(claims, config.claimName), readRoleMappings(config.roleMappings));
  const email = typeof claims.email === "string" && /^[^\s@]+@[^\s@]+$/.test(claims.email) ? claims.email.trim().toLowerCase() : null;
  const name = (typeof claims.name === "string" && claims.name.trim()) || email || "Medewerker";

  let user = await db.user.findUnique({ where: { oidcIssuer_oidcSubject_municipalityId: { oidcIssuer: issuer, oidcSubject: subject, municipalityId: loaded.municipalityId } } });
  if (!user && email) {
    const byEmail = await db.user.findUnique({ where: { email } });
    if (byEmail) {
      // an existing account of this municipality is linked once; anything else (another municipality, a platform administrator, another provider's account) is refused
      if (byEmail.municipalityId !== loaded.municipalityId || byEmail.role === "PLATFORM_ADMIN" || byEmail.oidcSubject !== null) return fail("account_conflict", byEmail);
      user = await db.user.update({ where: { id: byEmail.id }, data: { oidcIssuer: issuer, oidcSubject: subject } });
    }
  }
  if (user && !user.active) return fail("inactive", user);

  // a role an administrator gave by hand (/beheer/mensen) holds while no group is mapped; a mapped group decides otherwise
  const keepsHandGivenRights = !mapped && !!user && user.rightsGivenByHand && !user.awaitingRights;
  const data = {
    name: name.slice(0, 200),
    role: mapped?.role ?? user?.role ?? "CONSULTANT",
    awaitingRights: !mapped && !keepsHandGivenRights,
    ...(mapped ? { rightsGivenByHand: false } : {}),
  } as const;
  user = await db.$transaction(async (tx) => {
    const saved = user
      ? await tx.user.update({ where: { id: user.id }, data })
      : await tx.user.create({ data: { ...data, email: email ?? placeholderEmail(issuer, subject, loaded.slug), passwordHash: "oidc", municipalityId: loaded.municipalityId, oidcIssuer: issuer, oidcSubject: subject } });
    if (mapped) {
      await tx.staffCentre.deleteMany({ where: { userId: saved.id } });
      if (mapped.centreIds.length > 0) {
        // only this municipality's centres, even if stored mappings were changed behind the form's back
        const own = await tx.lendingCentre.findMany({ where: { id: { in: mapped.centreIds }, municipalityId: loaded.municipalityId }, select: { id: true } });
        await tx.staffCentre.createMany({ data: own.map((c) => ({ userId: saved.id, centreId: c.id })) });
      }
    }
    return saved;
  });
  if (!mapped && !keepsHandGivenRights) {
    // no (longer a) mapped role: no rights, and any session still open ends now
    await db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await audit("auth.oidc_sign_in_failed", user, municipalityId, clientAddress, { result: "refused", reason: "no_rights" });
    return { ok: false, refusal: "no_rights", municipalityId };
  }
  const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600 * 1000) } });
  user = await db.user.update({ where: { id: user.id }, data: { lastSignInAt: session.createdAt } });
  await audit("auth.oidc_sign_in", user, municipalityId, clientAddress, { result: "success", role: user.role });
  return { ok: true, user, sessionId: session.id };
}
