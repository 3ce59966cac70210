import "server-only";
/**
 * Encrypting the municipalities' OpenID Connect client secrets at rest: AES-256-GCM (node:crypto) with the key from
 * OIDC_SECRET_KEY (lib/env.ts). Stored as "v1:<iv>:<tag>:<ciphertext>" in base64url; the municipality's id is the
 * additional authenticated data, so a secret copied to another municipality's row does not decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env, oidcKeyBytes } from "@/lib/env";
import { AppError } from "@/lib/errors";

const MISSING_KEY = "Inloggen via de gemeente kan niet worden ingesteld: OIDC_SECRET_KEY ontbreekt in de instellingen van de server.";

function key(): Buffer {
  const raw = env().OIDC_SECRET_KEY;
  const bytes = raw ? oidcKeyBytes(raw) : null;
  if (!bytes) throw new AppError("INVALID", MISSING_KEY);
  return bytes;
}

export function encryptOidcSecret(plain: string, municipalityId: string, keyBytes: Buffer = key()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyBytes, iv);
  cipher.setAAD(Buffer.from(municipalityId, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

/** The plain secret; throws when the stored value was changed, belongs to another municipality or the key differs. */
export function decryptOidcSecret(stored: string, municipalityId: string, keyBytes: Buffer = key()): string {
  const [version, iv, tag, body] = stored.split(":");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("OIDC client secret: unknown format");
  const decipher = createDecipheriv("aes-256-gcm", keyBytes, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(municipalityId, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
