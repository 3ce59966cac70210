import "server-only";
import { db } from "@/lib/db";
import { appError, AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { Prisma } from "@/lib/generated/prisma/client";
import { residentContactSchema, residentNameSchema } from "@/lib/schemas/case";
import { shortCode } from "@/lib/util/codes";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { CASE_CONSENT_VERSION } from "./consent";
import { consultantScope, retentionEnd } from "./case-scope";

/**
 * The questionnaire of a case is an Assessment too, but it must never open through the resident's resume code
 * (/advies/[code] accepts 6-12 characters): its code is longer, random, and shown to nobody.
 */
export function caseAssessmentCode(): string {
  return `CASE${shortCode(16)}`;
}

export interface CreateCaseInput {
  actor: Actor | null;
  /** what the consultant types to recognise the case; initials are enough */
  residentName: string;
  residentContact?: string | null;
  /** the resident's answer to the consent text, and the version of that text */
  consent: { given: boolean; textVersion: string };
}

/**
 * Starts a conversation (keukentafelgesprek). The resident's consent comes first: without it NOTHING is written
 * (the caller sends the resident to the anonymous advice instead). With it, one transaction stores the case,
 * the Consent row, an empty questionnaire (Assessment) and the audit line.
 */
export async function createCase({ actor, residentName, residentContact, consent }: CreateCaseInput): Promise<{ id: string; reference: string }> {
  const scope = consultantScope(actor, "case:write");
  if (!consent.given) throw appError("INVALID", "staff.noConsentNothingKept");
  if (consent.textVersion !== CASE_CONSENT_VERSION) {
    throw appError("INVALID", "staff.privacyTextChanged");
  }
  const name = residentNameSchema.safeParse(residentName);
  if (!name.success) throw new AppError("INVALID", name.error.issues[0]!.message, { residentName: name.error.issues.map((i) => i.message) });
  const contact = residentContactSchema.safeParse(residentContact ?? undefined);
  if (!contact.success) throw new AppError("INVALID", contact.error.issues[0]!.message, { residentContact: contact.error.issues.map((i) => i.message) });

  const now = new Date();
  const eraseAfter = retentionEnd(now, (await loadMunicipalitySettings(scope.municipalityId)).retentionDays);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const kase = await tx.case.create({
          data: {
            reference: shortCode(8),
            municipalityId: scope.municipalityId,
            consultantId: scope.actor.userId,
            residentName: name.data,
            residentContact: contact.data ?? null,
            eraseAfter,
          },
        });
        await tx.consent.create({ data: { purpose: "case", textVersion: consent.textVersion, given: true, caseId: kase.id, at: now } });
        await tx.assessment.create({
          data: {
            code: caseAssessmentCode(),
            municipalityId: scope.municipalityId,
            answers: { difficulties: [], context: {} },
            together: "consultant",
            caseId: kase.id,
            eraseAfter,
          },
        });
        await recordAuditEvent(
          { actor: scope.actor, action: "case.create", entityType: "Case", entityId: kase.id, municipalityId: scope.municipalityId, details: { reference: kase.reference, consentVersion: consent.textVersion } },
          tx,
        );
        return { id: kase.id, reference: kase.reference };
      });
    } catch (error) {
      // a random code that already exists: try a new one
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
