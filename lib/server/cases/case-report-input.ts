import "server-only";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { buildCaseReport, type CaseReport } from "@/lib/report/case-report";
import { isoDateInAmsterdam } from "@/lib/util/dates";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { buildCaseAdvice } from "./build-case-advice";
import type { CaseDetail } from "./get-case";
import type { Locale } from "@/lib/i18n/config";

/**
 * The report of a case the caller may see: the live advice for its answers, joined with notes, choices and steps.
 * In `locale` (the resident's copy); the consultant's workspace uses Dutch, the default.
 */
export async function reportForCase(kase: CaseDetail, locale?: Locale): Promise<{ report: CaseReport; advice: AdviceResult | null }> {
  const advice = kase.answers.difficulties.length ? await buildCaseAdvice({ kase, locale }) : null;
  const { retentionDays } = await loadMunicipalitySettings(kase.municipality.id);
  const report = buildCaseReport({
    reference: kase.reference,
    residentName: kase.residentName,
    consultantName: kase.consultantName,
    municipalityName: kase.municipality.name,
    conversationDay: isoDateInAmsterdam(kase.createdAt),
    retentionDays,
    difficulties: kase.answers.difficulties,
    notes: kase.notes,
    recommendations: (advice?.recommendations ?? []).map((r) => ({
      slug: r.product.slug,
      name: r.product.name,
      reasons: r.reasons,
      conditions: r.conditions,
      fundingRoutes: r.product.fundingRoutes,
      iso9999: r.product.iso9999,
      icfCodes: r.product.icfCodes,
    })),
    notRecommended: (advice?.notRecommended ?? []).map((e) => ({ slug: e.product.slug, name: e.product.name, reasons: e.reasons })),
    tips: advice?.tips ?? [],
    catalogueVersion: advice?.catalogueVersion ?? null,
    choices: kase.choices.map((c) => ({
      slug: c.product.slug,
      name: c.product.name,
      wantsToTry: c.wantsToTry,
      isMonitoring: c.product.isMonitoring,
      monitoringDecision: c.monitoringDecision,
    })),
    reservations: kase.reservations.map((r) => ({ reference: r.reference, productName: r.product.name, centreName: r.centre.name, pickupDate: r.pickupDate, status: r.status })),
    steps: kase.steps,
    outcomes: kase.outcomes.map((o) => ({ productName: o.product.name, helped: o.helped, result: o.result, why: o.why })),
    residentResponse: kase.residentResponse,
  }, locale);
  return { report, advice };
}
