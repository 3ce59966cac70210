/**
 * The one place that reads process.env. Validated with zod; a wrong or missing value stops the app with a clear message.
 */
import { z } from "zod";

const KNOWN_PLACEHOLDERS = ["changeme", "secret", "development", "test", "please-change-me"];

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL ontbreekt. Start de app met `npm start` (die regelt de database) of zet DATABASE_URL." })
      .url({ error: "DATABASE_URL is geen geldige URL, verwacht postgresql://gebruiker:wachtwoord@host:5432/naam" })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), { error: "DATABASE_URL moet met postgresql:// beginnen." }),
    AUTH_SECRET: z.string().optional(),
    /** public base URL, used in links inside messages (reminders, report links) */
    APP_URL: z.string().url().default("http://localhost:3000"),
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
    /** "false" turns the background job runner off (e.g. in a one-off script) */
    JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
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
