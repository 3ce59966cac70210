/**
 * Learning from outcomes (issue 13), the full loop against PostgreSQL: residents get advice (snapshot), reserve from
 * it, the desk hands over and takes back and records the outcome in two choices; the next advice changes only within
 * the band, and the explanation line appears only past the threshold (10 outcomes, from more than one municipality).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { LEARNING } from "@/lib/learning";
import { DIFFICULTY_CODES, type DifficultyCode } from "@/lib/questions/codes";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAdviceForAssessment } from "@/lib/server/assessments/get-advice-for-assessment";
import { saveAdviceSnapshot } from "@/lib/server/assessments/save-advice-snapshot";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { handOver } from "@/lib/server/desk/hand-over";
import { takeBack } from "@/lib/server/desk/take-back";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { getLearningOverview, isLearningEnabled, setLearningEnabled } from "@/lib/server/outcomes/learning-settings";
import { newOutcomeToken } from "@/lib/server/outcomes/outcome-link";
import { getLastReturnedLoan, recordLoanOutcome } from "@/lib/server/outcomes/record-loan-outcome";
import { getOutcomeRequest, recordResidentOutcome } from "@/lib/server/outcomes/resident-outcome";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";
import { controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let leyweg: Actor;
let rijswijk: Actor;
let admin: Actor;
let rijswijkAdmin: Actor;
let difficulty: DifficultyCode;
let target: string;
let baseline: AdviceResult;
let stock: { denHaag: Awaited<ReturnType<typeof controlledStock>>; rijswijk: Awaited<ReturnType<typeof controlledStock>> };


const answersOf = (d: DifficultyCode) => ({ difficulties: [d], context: {} });
const explanation = (n: number, kept: number) => `Van de ${n} mensen met dezelfde vraag die dit leenden, bleven ${kept} het gebruiken.`;

/** One resident, start to finish: advice (snapshot) → reserve from it → hand over → take back → outcome at the desk. */
async function loanWithOutcome(where: "denHaag" | "rijswijk", result: "kept" | "returned", reason: "helps" | "did_not_help") {
  const s = stock[where];
  const actor = where === "denHaag" ? leyweg : rijswijk;
  const { code } = await createAssessment({ municipalitySlug: where === "denHaag" ? "den-haag" : "rijswijk", together: null });
  await saveAnswers({ code, patch: { difficulties: [difficulty] } });
  const { advice } = await getAdviceForAssessment({ code });
  const snapshot = await saveAdviceSnapshot({ code, result: advice });
  const reservation = await reserveUnit({ productSlug: target, centreSlug: s.centre.slug, pickupDate: s.pickupDate, name: "T. Test", phone: "0612345678", consent: true, adviceCode: snapshot.code });
  const product = await db.product.findUniqueOrThrow({ where: { slug: target }, select: { checklist: true } });
  const { loanId } = await handOver({ actor, reservationId: reservation.id, checklist: { items: product.checklist, explained: true, idChecked: true } });
  await takeBack({ actor, loanId, checklist: { items: product.checklist, needsCleaning: false, damage: false, note: "" } });
  await recordLoanOutcome({ actor, loanId, result, reason });
  return { loanId, snapshotCode: snapshot.code };
}

const advise = () => buildAdvice({ municipalitySlug: "den-haag", answers: answersOf(difficulty) });

beforeAll(async () => {
  db = await resetWithDemoData();
  leyweg = await actorFor("medewerker@leyweg.demo");
  rijswijk = await actorFor("medewerker@rijswijk.demo");
  admin = await actorFor("beheer@denhaag.demo");
  const rijswijkUser = await db.user.findFirstOrThrow({ where: { role: "MUNICIPALITY_ADMIN", municipality: { slug: "rijswijk" } } }).catch(() => null);
  rijswijkAdmin = rijswijkUser ? await actorFor(rijswijkUser.email) : admin;
  // a difficulty where the second recommendation is lendable and within the band of the first, so outcomes can move it
  // (checked after the stock is set up, since availability counts in the engine's score)
  let i = 0;
  for (const d of DIFFICULTY_CODES) {
    const first = await buildAdvice({ municipalitySlug: "den-haag", answers: answersOf(d) });
    const second = first.recommendations[1];
    if (!second?.product.lendable) continue;
    i++;
    const setUp = {
      denHaag: await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: second.product.slug, available: 12, prefix: `LRN${i}-DH` }),
      rijswijk: await controlledStock(db, { centreSlug: "uitleenpunt-rijswijk", productSlug: second.product.slug, available: 6, prefix: `LRN${i}-RW` }),
    };
    const advice = await buildAdvice({ municipalitySlug: "den-haag", answers: answersOf(d) });
    const [a, b] = advice.recommendations;
    if (a && b && b.product.slug === second.product.slug && a.score > b.score && a.score - b.score < 3) {
      difficulty = d;
      target = b.product.slug;
      baseline = advice;
      stock = setUp;
      break;
    }
  }
  expect(target, "a difficulty with two close, lendable recommendations in the demo catalogue").toBeTruthy();
}, 120_000);

describe("the switch", () => {
  it("is off by default, switched on by the municipality's administrator with history, and another municipality reads as not found", async () => {
    const denHaag = await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const rijswijkRow = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
    expect(await isLearningEnabled(denHaag.id)).toBe(false);
    await expectAppError(setLearningEnabled({ actor: admin, municipalityId: rijswijkRow.id, enabled: true }), "NOT_FOUND");
    await expectAppError(setLearningEnabled({ actor: leyweg, enabled: true }), "NOT_FOUND");
    expect(await setLearningEnabled({ actor: admin, enabled: true })).toEqual({ changed: true });
    expect(await setLearningEnabled({ actor: admin, enabled: true })).toEqual({ changed: false });
    expect(await isLearningEnabled(denHaag.id)).toBe(true);
    const history = await db.settingChange.findMany({ where: { municipalityId: denHaag.id, key: "learningEnabled" } });
    expect(history.map((h) => [h.before, h.after])).toEqual([[false, true]]);
    expect(await db.auditEvent.count({ where: { municipalityId: denHaag.id, action: "municipality.settings" } })).toBeGreaterThan(0);
  });
});

describe("the desk records outcomes", () => {
  it("refuses a reason that does not fit, and a loan of another centre", async () => {
    const { loanId } = await loanWithOutcome("denHaag", "kept", "helps");
    const wrong = await expectAppError(recordLoanOutcome({ actor: leyweg, loanId, result: "kept", reason: "did_not_help" }), "INVALID");
    expect(wrong.fields?.reason?.[0]).toMatch(/past niet/);
    await expectAppError(recordLoanOutcome({ actor: leyweg, loanId, result: "maybe", reason: "helps" }), "INVALID");
    await expectAppError(recordLoanOutcome({ actor: rijswijk, loanId, result: "kept", reason: "helps" }), "NOT_FOUND");
    const outcome = await db.outcome.findUniqueOrThrow({ where: { loanId }, include: { adviceSnapshot: true } });
    expect(outcome).toMatchObject({ source: "desk", result: "kept", reasonCode: "helps", returnKind: null, difficulty, rank: 2 });
    expect(outcome.adviceSnapshot?.difficulties).toEqual([difficulty]);
    expect(JSON.stringify(outcome.adviceSnapshot)).not.toContain("T. Test");
    expect(await getLastReturnedLoan({ actor: leyweg, unitId: (await db.loan.findUniqueOrThrow({ where: { id: loanId } })).unitId })).toMatchObject({ loanId, recorded: { result: "kept" } });
  }, 60_000);

  it("below 10 outcomes the advice is exactly the engine's, without the explanation", async () => {
    for (let i = 0; i < 4; i++) await loanWithOutcome("denHaag", "kept", "helps");
    for (let i = 0; i < 4; i++) await loanWithOutcome("rijswijk", "kept", "helps");
    expect(await db.outcome.count({ where: { difficulty } })).toBe(9);
    const advice = await advise();
    expect(advice.recommendations.map((r) => [r.product.slug, r.score, r.reasons])).toEqual(baseline.recommendations.map((r) => [r.product.slug, r.score, r.reasons]));
    expect(advice.recommendations.every((r) => r.learning?.points === 0 && r.learning.explanation === null)).toBe(true);
  }, 120_000);

  it("past the threshold the next advice moves the product, only within the band, with the explanation never first", async () => {
    await loanWithOutcome("denHaag", "kept", "helps");
    await loanWithOutcome("rijswijk", "kept", "helps");
    const advice = await advise();
    const before = new Map(baseline.recommendations.map((r) => [r.product.slug, r]));
    for (const r of advice.recommendations) {
      expect(Math.abs(r.score - before.get(r.product.slug)!.score)).toBeLessThanOrEqual(LEARNING.CAP_POINTS);
      expect(r.conditions).toEqual(before.get(r.product.slug)!.conditions);
    }
    expect(new Set(advice.recommendations.map((r) => r.product.slug))).toEqual(new Set(before.keys()));
    expect(advice.notRecommended).toEqual(baseline.notRecommended);
    const moved = advice.recommendations.find((r) => r.product.slug === target)!;
    expect(moved.score).toBeGreaterThan(before.get(target)!.score);
    expect(advice.recommendations[0]!.product.slug).toBe(target);
    expect(moved.reasons).toContain(explanation(11, 11));
    expect(moved.reasons[0]).not.toBe(explanation(11, 11));
    expect(moved.learning).toMatchObject({ expertRank: 2, explanation: { code: "learning.keptUsing", params: { total: 11, kept: 11 } } });
  }, 120_000);

  it("a municipality that has not switched it on gets the engine's advice", async () => {
    const plain = await buildAdvice({ municipalitySlug: "rijswijk", answers: answersOf(difficulty) });
    expect(plain.recommendations.every((r) => r.learning === null)).toBe(true);
    expect(plain.recommendations.some((r) => r.reasons.some((t) => t.startsWith("Van de ")))).toBe(false);
  });

  it("the administrator sees what it changed, with the evidence", async () => {
    const overview = await getLearningOverview({ actor: admin });
    expect(overview.enabled).toBe(true);
    const row = overview.active.find((r) => r.productSlug === target && r.difficulty === difficulty)!;
    expect(row).toMatchObject({ n: 11, positives: 11, continued: 11, municipalities: 2 });
    expect(row.points).toBeGreaterThan(0);
    expect(row.points).toBeLessThanOrEqual(LEARNING.CAP_POINTS);
    expect(overview.pooledOutcomes).toBe(11);
    expect(overview.ownOutcomes).toBe(6);
    if (rijswijkAdmin !== admin) expect((await getLearningOverview({ actor: rijswijkAdmin })).enabled).toBe(false);
  });
});

describe("the resident's link", () => {
  it("answers with an unguessable token only, and a return's reason decides whether it was positive", async () => {
    const { loanId } = await loanWithOutcome("denHaag", "returned", "did_not_help");
    const { token, hash } = newOutcomeToken();
    await db.loan.update({ where: { id: loanId }, data: { outcomeTokenHash: hash } });
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const request = await getOutcomeRequest({ token });
    expect(request).toMatchObject({ answered: { result: "returned", reason: "did_not_help" } });
    expect(JSON.stringify(request)).not.toContain("T. Test");
    await recordResidentOutcome({ token, result: "returned", reason: "only_a_bridge" });
    expect(await db.outcome.findUniqueOrThrow({ where: { loanId } })).toMatchObject({ source: "resident", returnKind: "positive", reasonCode: "only_a_bridge" });
    await expectAppError(getOutcomeRequest({ token: "A".repeat(22) }), "NOT_FOUND");
    await expectAppError(recordResidentOutcome({ token: "kort", result: "kept", reason: "helps" }), "NOT_FOUND");
    const later = new Date(Date.now() + 61 * 86_400_000);
    await expectAppError(getOutcomeRequest({ token, now: later }), "NOT_FOUND");
  }, 60_000);
});
