/**
 * zod schemas for accounts: accepting an invitation (choosing a password) and inviting someone. Dutch (B1) messages.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { isWellFormedInvitationCode, normaliseInvitationCode } from "@/lib/invitations/code";
import { recordIdSchema } from "./admin";

/** At least 12 characters (long beats complicated); at most 200 so hashing stays cheap. */
export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordSchema = z
  .string({ error: "Kies een wachtwoord." })
  .min(PASSWORD_MIN_LENGTH, { error: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is goed te onthouden.` })
  .max(200, { error: "Gebruik hoogstens 200 tekens." });

export const invitationCodeSchema = z
  .string({ error: "Vul de code uit de uitnodiging in." })
  .transform((v) => normaliseInvitationCode(v.slice(0, 80)))
  .pipe(
    z
      .string()
      .min(1, { error: "Vul de code uit de uitnodiging in." })
      .refine(isWellFormedInvitationCode, { error: "Een code heeft 16 tekens, zoals KX7M-2QPD-B8RT-9HWC. Kijk of u hem goed heeft overgenomen." }),
  );

export const acceptInvitationSchema = z
  .object({
    code: invitationCodeSchema,
    wachtwoord: newPasswordSchema,
    herhaling: z.string({ error: "Vul het wachtwoord nog een keer in." }).max(200),
  })
  .superRefine((v, ctx) => {
    if (v.herhaling.length === 0) ctx.addIssue({ code: "custom", path: ["herhaling"], message: "Vul het wachtwoord nog een keer in." });
    else if (v.wachtwoord !== v.herhaling) ctx.addIssue({ code: "custom", path: ["herhaling"], message: "De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer." });
  });

export const personNameSchema = z
  .string({ error: "Vul de naam in." })
  .trim()
  .min(1, { error: "Vul de naam in." })
  .max(100, { error: "Gebruik hoogstens 100 tekens." });

export const emailSchema = z
  .string({ error: "Vul het e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vul het e-mailadres in." })
  .max(200, { error: "Gebruik hoogstens 200 tekens." })
  .pipe(z.email({ error: "Dit is geen e-mailadres. Bijvoorbeeld: naam@gemeente.nl." }));

export const roleSchema = z.enum(["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN", "PLATFORM_ADMIN", "CATALOGUE_EDITOR"], { error: "Kies wat deze persoon gaat doen." });

/** The invitation form of /beheer/mensen. `uitleenpunten` only counts for lending-centre staff. */
export const inviteSchema = z
  .object({
    naam: personNameSchema,
    email: emailSchema,
    rol: roleSchema,
    uitleenpunten: z.array(recordIdSchema).max(50).default([]),
    gemeente: z.preprocess((v) => (v === "" ? undefined : v), recordIdSchema.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.rol === "CENTRE_STAFF" && v.uitleenpunten.length === 0) {
      ctx.addIssue({ code: "custom", path: ["uitleenpunten"], message: "Kies minstens één uitleenpunt waar deze medewerker werkt." });
    }
  });

export type InviteInput = z.infer<typeof inviteSchema>;

/** Giving a role by hand to an account of the identity provider that waits for rights (/beheer/mensen). */
export const grantRightsSchema = z
  .object({
    gebruiker: recordIdSchema,
    rol: z.enum(["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"], { error: "Kies wat deze persoon gaat doen." }),
    uitleenpunten: z.array(recordIdSchema).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.rol === "CENTRE_STAFF" && v.uitleenpunten.length === 0) ctx.addIssue({ code: "custom", path: ["uitleenpunten"], message: "Kies minstens één uitleenpunt waar deze medewerker werkt." });
  })
  .transform((v) => ({ ...v, uitleenpunten: v.rol === "CENTRE_STAFF" ? [...new Set(v.uitleenpunten)] : [] }));

export type GrantRightsInput = z.infer<typeof grantRightsSchema>;
