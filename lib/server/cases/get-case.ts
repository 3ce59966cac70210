import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Answers } from "@/lib/matching/types";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { CaseStatusValue, Helped, MonitoringDecision, OutcomeResult } from "@/lib/schemas/case";
import { outcomeReasonLabel } from "@/lib/learning/outcome-codes";
import { readStoredAnswers } from "@/lib/server/assessments/read-stored-answers";
import { dateToDay } from "@/lib/util/dates";
import { findScopedCase } from "./case-scope";
import { pendingOutcomeProducts } from "./pending-outcomes";

export interface CaseProductRef {
  id: string;
  slug: string;
  name: string;
  isMonitoring: boolean;
  lendable: boolean;
}

export interface CaseDetail {
  id: string;
  reference: string;
  residentName: string;
  residentContact: string | null;
  status: CaseStatusValue;
  hasApplication: boolean;
  followUpDue: string | null;
  eraseAfter: Date;
  createdAt: Date;
  updatedAt: Date;
  consultantName: string;
  municipality: { id: string; slug: string; name: string };
  consent: { textVersion: string; at: Date } | null;
  answers: Answers;
  postcode: string | null;
  /** the district chosen instead of a postcode */
  district: string | null;
  notes: { id: string; topic: string; text: string; createdAt: Date }[];
  choices: {
    product: CaseProductRef;
    wantsToTry: boolean;
    monitoringExplainedAt: Date | null;
    monitoringDecision: MonitoringDecision | null;
  }[];
  steps: { id: string; text: string; who: string; dueDate: string | null; done: boolean }[];
  /** helped: null for an outcome recorded at the desk or by the resident (they are asked what happened, not whether it helped) */
  outcomes: { id: string; product: CaseProductRef; helped: Helped | null; result: OutcomeResult; why: string; createdAt: Date }[];
  reservations: {
    reference: string;
    product: CaseProductRef;
    centre: { slug: string; name: string };
    pickupDate: string;
    status: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED";
    loan: { status: "ACTIVE" | "RETURNED"; dueAt: Date; returnedAt: Date | null } | null;
  }[];
  /** open places on a waiting list (WAITING, or OFFERED: a unit is held until offerExpiresAt) */
  waitlist: {
    reference: string;
    product: CaseProductRef;
    centre: { slug: string; name: string };
    status: "WAITING" | "OFFERED";
    offerExpiresAt: Date | null;
  }[];
  /** products that came back from a loan and still wait for "did it help?" */
  outcomeQuestions: CaseProductRef[];
  reportCode: string | null;
  residentResponse: string | null;
  residentRespondedAt: Date | null;
}

const productSelect = { id: true, slug: true, name: true, isMonitoring: true, lendable: true } as const;

/**
 * One case with everything the workspace shows. Scoped to the consultant's municipality (another municipality's
 * case is NOT_FOUND). Every call writes a "case.view" audit line; `part` says which page looked.
 */
export async function getCase({ actor, reference, part = "overzicht" }: { actor: Actor | null; reference: string; part?: string }): Promise<CaseDetail> {
  const scoped = await findScopedCase(actor, reference);
  const detail = await loadCaseDetail(scoped.id);
  await recordAuditEvent({ actor: scoped.actor, action: "case.view", entityType: "Case", entityId: detail.id, municipalityId: scoped.municipalityId, details: { part } });
  return detail;
}

/**
 * INTERNAL: reads a case by id without any access check. Only for functions in this folder that checked access
 * themselves (getCase: the consultant's municipality; the resident's report: the secret report code).
 */
export async function loadCaseDetail(caseId: string): Promise<CaseDetail> {
  const row = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      consultant: { select: { name: true } },
      municipality: { select: { id: true, slug: true, name: true } },
      consents: { where: { purpose: "case", given: true }, orderBy: { at: "desc" }, take: 1 },
      assessment: { select: { answers: true, postcode: true } },
      notes: { orderBy: { createdAt: "asc" } },
      choices: { include: { product: { select: productSelect } }, orderBy: { createdAt: "asc" } },
      steps: { orderBy: [{ done: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] },
      outcomes: { include: { product: { select: productSelect } }, orderBy: { createdAt: "asc" } },
      reservations: {
        include: {
          product: { select: productSelect },
          centre: { select: { slug: true, name: true } },
          loan: { select: { status: true, dueAt: true, returnedAt: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  // WaitlistEntry.caseId has no relation in the schema: a second query.
  const waitlistEntries = await db.waitlistEntry.findMany({
    where: { caseId, status: { in: ["WAITING", "OFFERED"] } },
    include: { product: { select: productSelect }, centre: { select: { slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const productsById = new Map(row.reservations.map((r) => [r.product.id, r.product]));
  const pending = pendingOutcomeProducts(row.reservations, row.outcomes);
  const consent = row.consents[0];
  const stored = readStoredAnswers(row.assessment?.answers);
  return {
    id: row.id,
    reference: row.reference,
    residentName: row.residentName,
    residentContact: row.residentContact,
    status: row.status,
    hasApplication: row.hasApplication,
    followUpDue: row.followUpDue ? dateToDay(row.followUpDue) : null,
    eraseAfter: row.eraseAfter,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    consultantName: row.consultant.name,
    municipality: row.municipality,
    consent: consent ? { textVersion: consent.textVersion, at: consent.at } : null,
    answers: stored.answers,
    postcode: row.assessment?.postcode ?? null,
    district: stored.district,
    notes: row.notes.map((n) => ({ id: n.id, topic: n.topic, text: n.text, createdAt: n.createdAt })),
    choices: row.choices.map((c) => ({
      product: c.product,
      wantsToTry: c.wantsToTry,
      monitoringExplainedAt: c.monitoringExplainedAt,
      monitoringDecision: c.monitoringDecision === "agreed" || c.monitoringDecision === "declined" ? c.monitoringDecision : null,
    })),
    steps: row.steps.map((s) => ({ id: s.id, text: s.text, who: s.who, dueDate: s.dueDate ? dateToDay(s.dueDate) : null, done: s.done })),
    outcomes: row.outcomes.map((o) => ({
      id: o.id,
      product: o.product,
      helped: o.helped === "" ? null : (o.helped as Helped),
      result: o.result as OutcomeResult,
      why: o.why || outcomeReasonLabel(o.reasonCode),
      createdAt: o.createdAt,
    })),
    reservations: row.reservations.map((r) => ({
      reference: r.reference,
      product: r.product,
      centre: r.centre,
      pickupDate: dateToDay(r.pickupDate),
      status: r.status,
      loan: r.loan,
    })),
    waitlist: waitlistEntries.map((w) => ({
      reference: w.reference,
      product: w.product,
      centre: w.centre,
      status: w.status as "WAITING" | "OFFERED",
      offerExpiresAt: w.offerExpiresAt,
    })),
    outcomeQuestions: pending.map((id) => productsById.get(id)!).filter(Boolean),
    reportCode: row.reportCode,
    residentResponse: row.residentResponse,
    residentRespondedAt: row.residentRespondedAt,
  };
}
