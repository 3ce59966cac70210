/**
 * zod schemas for a municipality's sign-in through its own identity provider (OpenID Connect), and the pure mapping
 * of a claim's values to the app's role. Dutch (B1) messages. PLATFORM_ADMIN can never be mapped.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";

export const MAPPABLE_ROLES = ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"] as const;
export type MappableRole = (typeof MAPPABLE_ROLES)[number];

export const roleMappingSchema = z
  .object({
    value: z.string().trim().min(1, { error: "Vul de waarde van de groep of rol in." }).max(200, { error: "Gebruik hoogstens 200 tekens." }),
    role: z.enum(MAPPABLE_ROLES, { error: "Kies een rol: consulent, medewerker uitleenpunt of beheerder." }),
    centreIds: z.array(z.string().min(1).max(40)).max(50).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.role === "CENTRE_STAFF" && m.centreIds.length === 0) ctx.addIssue({ code: "custom", path: ["centreIds"], message: "Kies minstens één uitleenpunt voor een medewerker van een uitleenpunt." });
  })
  .transform((m) => ({ ...m, centreIds: m.role === "CENTRE_STAFF" ? [...new Set(m.centreIds)] : [] }));

export type RoleMapping = z.infer<typeof roleMappingSchema>;

export const roleMappingsSchema = z.array(roleMappingSchema).max(50, { error: "Gebruik hoogstens 50 koppelingen." });

export const oidcConfigInputSchema = z
  .object({
  issuer: z
    .string({ error: "Vul het adres van de identiteitsprovider (issuer) in." })
    .trim()
    .min(1, { error: "Vul het adres van de identiteitsprovider (issuer) in." })
    .max(500, { error: "Gebruik hoogstens 500 tekens." })
    .url({ error: "Dit is geen geldig adres. Het begint met https://" })
    .refine((v) => v.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(v), { error: "Het adres moet met https:// beginnen." }),
  clientId: z.string({ error: "Vul de client-id in." }).trim().min(1, { error: "Vul de client-id in." }).max(300, { error: "Gebruik hoogstens 300 tekens." }),
  /** empty: keep the stored secret */
  clientSecret: z.string().max(1000, { error: "Gebruik hoogstens 1000 tekens." }).default(""),
  claimName: z
    .string()
    .trim()
    .min(1, { error: "Vul de naam van het gegeven met groepen of rollen in, bijvoorbeeld groups." })
    .max(100, { error: "Gebruik hoogstens 100 tekens." })
    .regex(/^[A-Za-z0-9_.:/-]+$/, { error: "Gebruik alleen letters, cijfers en de tekens _ . : / -" }),
  roleMappings: roleMappingsSchema,
  enabled: z.boolean(),
  passwordSignInDisabled: z.boolean(),
  })
  .superRefine((c, ctx) => {
    // otherwise nobody of this municipality could sign in at all
    if (c.passwordSignInDisabled && !c.enabled) ctx.addIssue({ code: "custom", path: ["passwordSignInDisabled"], message: "Zet eerst inloggen met het gemeente-account aan. Anders kan niemand van uw gemeente meer inloggen." });
  });
export type OidcConfigInput = z.infer<typeof oidcConfigInputSchema>;

/** Stored mappings read back; rows that no longer validate are left out (never widen rights on bad data). */
export function readRoleMappings(stored: unknown): RoleMapping[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((row) => {
    const parsed = roleMappingSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The claim's values: a string, a space- or comma-free list, or an array of strings. Pure. */
export function claimValues(claims: Record<string, unknown>, claimName: string): string[] {
  const raw = claims[claimName];
  if (typeof raw === "string") return [raw];
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === "string");
  return [];
}

const RANK: Record<MappableRole, number> = { MUNICIPALITY_ADMIN: 3, CONSULTANT: 2, CENTRE_STAFF: 1 };

/**
 * The role the claim values give: the highest mapped role (administrator > consultant > centre staff); for centre
 * staff the centres of every matching staff row. null: no mapping matches (the account gets no rights). Pure.
 */
export function mapRole(values: string[], mappings: RoleMapping[]): { role: MappableRole; centreIds: string[] } | null {
  const matching = mappings.filter((m) => values.includes(m.value));
  if (matching.length === 0) return null;
  const role = matching.map((m) => m.role).sort((a, b) => RANK[b] - RANK[a])[0] as MappableRole;
  const centreIds = role === "CENTRE_STAFF" ? [...new Set(matching.filter((m) => m.role === "CENTRE_STAFF").flatMap((m) => m.centreIds))] : [];
  return { role, centreIds };
}
