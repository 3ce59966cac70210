/**
 * Reassessment against a real PostgreSQL: the resident (with their code) and the consultant (on the case) fill the
 * questionnaire in again; every earlier filling-in is kept as a numbered round, the history says what changed since
 * the last round, and on a case what was tried (outcomes) and how it went. Another municipality's consultant reads
 * the case as not found; every reassessment is audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessmentHistory, getCaseAssessmentHistory, startReassessment, startReassessmentForCase } from "@/lib/server/assessments/reassess";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { CASE_CONSENT_VERSION } from "@/lib/server/cases/consent";
import { createCase } from "@/lib/server/cases/create-case";
import { recordCaseOutcome } from "@/lib/server/cases/record-case-outcome";
import { saveCaseAnswers } from "@/lib/server/cases/save-case-answers";
import { errorCode, resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let denHaag: Actor;
let rijswijk: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  denHaag = await actorFor(db, "consulent@denhaag.demo");
  rijswijk = await actorFor(db, "consulent@rijswijk.demo");
}, 180_000); // seeding the demo data takes long on a busy machine

describe("a resident's reassessment", () => {
  it("needs a filled-in questionnaire first", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: "alone" });
    expect(await errorCode(startReassessment({ code }))).toBe("CONFLICT");
    expect(await db.assessmentRound.count()).toBe(0);
  });

  it("keeps each filling-in and shows what changed since the last one", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: "alone" });
    await saveAnswers({ code, patch: { difficulties: ["mobility.stairs", "reach.picking_up"], context: { "home.rugs": true }, step: 9 } });
    expect((await getAssessmentHistory({ code })).changes).toBeNull();

    const first = await startReassessment({ code });
    expect(first.round).toBe(1);
    const row = await db.assessment.findUniqueOrThrow({ where: { code } });
    expect(row.step).toBe(1);
    await saveAnswers({ code, patch: { difficulties: ["reach.picking_up", "medication.remembering"], context: { "home.rugs": false } } });

    const history = await getAssessmentHistory({ code });
    expect(history.rounds.map((r) => [r.round, r.difficulties])).toEqual([[1, ["mobility.stairs", "reach.picking_up"]]]);
    expect(history.changes).toMatchObject({ added: ["medication.remembering"], better: ["mobility.stairs"], still: ["reach.picking_up"], unchanged: false });
    expect(history.changes!.context.map((c) => c.code)).toEqual(["home.rugs"]);
    expect(history.tried).toEqual([]);

    // a second reassessment is round 2, compared with the answers of round 2
    expect((await startReassessment({ code })).round).toBe(2);
    const again = await getAssessmentHistory({ code });
    expect(again.rounds).toHaveLength(2);
    expect(again.changes).toMatchObject({ added: [], better: [], unchanged: true });
    expect(await db.auditEvent.count({ where: { action: "assessment.reassess", entityId: row.id } })).toBe(2);
  });

  it("an unknown code is not found", async () => {
    expect(await errorCode(startReassessment({ code: "ZZZZZZZZ" }))).toBe("NOT_FOUND");
    expect(await errorCode(getAssessmentHistory({ code: "ZZZZZZZZ" }))).toBe("NOT_FOUND");
  });
});

describe("a consultant's reassessment on the case", () => {
  it("keeps the round, says what was tried and how it went; another municipality reads not found", async () => {
    const { reference } = await createCase({ actor: denHaag, residentName: "Mevrouw T.", consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    await saveCaseAnswers({ actor: denHaag, reference, patch: { difficulties: ["medication.remembering"] } });
    const product = await db.product.findFirstOrThrow({ where: { active: true }, select: { slug: true, name: true } });
    await recordCaseOutcome({ actor: denHaag, reference, productSlug: product.slug, helped: "partly", result: "kept", why: "Soms vergeet ze het nog" });

    expect(await errorCode(startReassessmentForCase(rijswijk, reference))).toBe("NOT_FOUND");
    const started = await startReassessmentForCase(denHaag, reference);
    expect(started.round).toBe(1);
    await saveCaseAnswers({ actor: denHaag, reference, patch: { difficulties: ["medication.remembering", "orientation.time"] } });

    const history = await getCaseAssessmentHistory(denHaag, reference);
    expect(history!.changes).toMatchObject({ added: ["orientation.time"], still: ["medication.remembering"] });
    expect(history!.tried).toEqual([expect.objectContaining({ productName: product.name, status: "kept", helped: "partly", note: "Soms vergeet ze het nog" })]);
    expect(await errorCode(getCaseAssessmentHistory(rijswijk, reference))).toBe("NOT_FOUND");
    expect(await db.assessmentRound.count({ where: { assessment: { code: started.code } } })).toBe(1);
  });
});
