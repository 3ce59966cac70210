/**
 * The one place that reads process.env. Validated with zod; a wrong or missing value stops the app with a clear message.
 */
import { isIP } from "node:net";
import { z } from "zod";

const KNOWN_PLACEHOLDERS = ["changeme", "secret", "development", "test", "please-change-me"];

/** Database connection settings (lib/db-client.ts): pool size and timeouts, so a silent server cannot hang requests. */
const DATABASE_RESILIENCE = {
  /** connections per app process (pg-boss keeps its own few) */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** milliseconds to wait for a database connection before the request fails */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** milliseconds a request may queue for a free connection of the pool (bursts) before it fails */
  DB_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** milliseconds one SQL statement may run before PostgreSQL (and the client, shortly after) gives up */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
};

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL ontbreekt. Start de app met `npm start` (die regelt de database) of zet DATABASE_URL." })
      .url({ error: "DATABASE_URL is geen geldige URL, verwacht postgresql://gebruiker:wachtwoord@host:5432/naam" })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), { error: "DATABASE_URL moet met postgresql:// beginnen." }),
    AUTH_SECRET: z.string().optional(),
    /** public base URL, used in links inside messages (reminders, report links); unset: the request's host (lib/server/app-url.ts) */
    APP_URL: z.string().url().optional(),
    /** SMTP connection URL, e.g. smtp://user:pass@mail.example.nl:587. Without it, messages stay in the outbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Thuis Technologie Verkenner <noreply@ttv.localhost>"),
    /** days after which conversations without an application and finished reservations are erased */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** hours a reservation is held after its pickup day before it expires */
    RESERVATION_HOLD_HOURS: z.coerce.number().int().min(1).max(336).default(24),
    /** hours a waiting-list offer stays open */
    WAITLIST_OFFER_HOURS: z.coerce.number().int().min(1).max(336).default(48),
    /** days a returned unit stays in cleaning before it can be lent again */
    CLEANING_DAYS: z.coerce.number().int().min(0).max(30).default(1),
    /** default for municipalities: how often a loan may be extended at most (a product's own limit still applies) */
    MAX_EXTENSIONS: z.coerce.number().int().min(0).max(10).default(1),
    /** default for municipalities: days until the consultant's follow-up call when a case goes into follow-up without a date */
    FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(365).default(42),
    /** requests per minute per client on the API's write endpoints (advice, reservations, waiting list); 0 = no limit */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
    /**
     * Reverse proxies whose X-Forwarded-For may be believed: comma-separated IPs or CIDRs ("10.0.0.0/8, 192.168.1.5").
     * Empty (the default): forwarding headers are ignored and the client is the connection's own address.
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .refine((v) => parseTrustedProxies(v) !== null, { error: "TRUSTED_PROXIES: gebruik IP-adressen of CIDR-blokken, gescheiden door komma's (bijvoorbeeld 10.0.0.0/8, 192.168.1.5)." }),
    /** next-auth's own base URL; with APP_URL it decides whether cookies are Secure/__Host- and HSTS is sent */
    NEXTAUTH_URL: z.string().url().optional(),
    /** minutes without any request after which a staff session ends (next to the absolute limit of a working day) */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    /** failed sign-ins per account within 15 minutes before the account is locked for 15 minutes */
    SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(10),
    /** failed sign-ins per client (IP address) within 15 minutes, over all accounts */
    SIGN_IN_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(50),
    /** lookups of an unknown code (reservation, waiting list, questionnaire, report) per client per hour; 0 = no limit */
    CODE_LOOKUP_FAILURES_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(30),
    /** "false" turns the background job runner off (e.g. in a one-off script) */
    JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
    /**
     * Key for the municipalities' OpenID Connect client secrets (AES-256-GCM): 32 random bytes as base64 or 64 hex
     * characters (openssl rand -base64 32). Without it, sign-in through a municipality's identity provider cannot be set up.
     */
    OIDC_SECRET_KEY: z
      .string()
      .optional()
      .refine((v) => v === undefined || v === "" || oidcKeyBytes(v) !== null, { error: "OIDC_SECRET_KEY moet 32 willekeurige bytes zijn, als base64 (44 tekens) of 64 hexadecimale tekens. Maak er een met: openssl rand -base64 32" }),
    ...DATABASE_RESILIENCE,
  })
  .superRefine((env, ctx) => {
    const secret = env.AUTH_SECRET;
    if (env.NODE_ENV === "production") {
      if (!secret) {
        ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET ontbreekt. Zet een geheime waarde van minstens 32 tekens (bijvoorbeeld: openssl rand -base64 32)." });
      } else if (secret.length < 32 || KNOWN_PLACEHOLDERS.includes(secret.toLowerCase())) {
        ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is te kort of een voorbeeldwaarde. Gebruik minstens 32 willekeurige tekens." });
      }
    }
  });

/** OIDC_SECRET_KEY as 32 bytes (base64 or hex), or null when it is not such a key. Pure. */
export function oidcKeyBytes(value: string): Buffer | null {
  const v = value.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, "hex") : /^[A-Za-z0-9+/_-]{43}=?$/.test(v) ? Buffer.from(v, "base64") : null;
  return bytes && bytes.length === 32 ? bytes : null;
}

/** Links built without APP_URL and without a request (background jobs) point here. */
export const DEFAULT_APP_URL = "http://localhost:3000";

/**
 * The warning printed at start when a production deployment has no APP_URL: links in messages built by background
 * jobs (reminders) would point to localhost. The local demo (npm start on the embedded database) and the end-to-end
 * tests set APP_URL themselves, so they get no warning.
 */
export function appUrlWarning(e: { NODE_ENV: string; APP_URL?: string | undefined }): string | null {
  if (e.NODE_ENV !== "production" || e.APP_URL) return null;
  return `[instellingen] APP_URL ontbreekt. Links in pagina's en berichten gebruiken nu het adres van het verzoek; herinneringen uit de achtergrondtaken krijgen ${DEFAULT_APP_URL}. Zet APP_URL op het openbare adres, bijvoorbeeld APP_URL=https://ttv.gemeente.nl.`;
}

export interface TrustedProxy {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/** "10.0.0.0/8, 192.168.1.5, ::1" as address blocks; null when an entry is not an IP address or CIDR block. */
export function parseTrustedProxies(value: string): TrustedProxy[] | null {
  const out: TrustedProxy[] = [];
  for (const raw of value.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefixText] = entry.split("/");
    const version = isIP(address);
    if (version === 0) return null;
    const max = version === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) return null;
    out.push({ address, prefix, family: version === 4 ? "ipv4" : "ipv6" });
  }
  return out;
}

/** Whether the app is served over https (APP_URL or NEXTAUTH_URL): then cookies are Secure with __Host- and HSTS is sent. */
export function servedOverHttps(e: Pick<Env, "APP_URL" | "NEXTAUTH_URL">): boolean {
  return [e.APP_URL, e.NEXTAUTH_URL].some((url) => !!url && url.startsWith("https:"));
}

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

let cached: Env | undefined;
let generatedSecret: string | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`De instellingen (omgevingsvariabelen) kloppen niet:\n${lines.join("\n")}`);
  }
  const data = result.data;
  if (!data.AUTH_SECRET) {
    // Development and tests only (production refused above): a random secret for this process.
    generatedSecret ??= Array.from(globalThis.crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join("");
    return { ...data, AUTH_SECRET: generatedSecret };
  }
  return { ...data, AUTH_SECRET: data.AUTH_SECRET };
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
