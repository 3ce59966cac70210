/**
 * Issue 13, "outcomes flow from every loan": a consultant's reservation keeps the case's advice as a snapshot, so the
 * outcome the desk records at take-back is linked (rank, score, difficulty) and counts in the learning; a walk-in loan
 * gets its outcome too, and counts in the learning only when the desk chose the difficulty it was lent for; the
 * administrator's insight shows the new answers with small counts hidden.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { DIFFICULTY_CODES, isDifficultyCode, type DifficultyCode } from "@/lib/questions/codes";
import { getMunicipalityInsights } from "@/lib/server/admin/get-municipality-insights";
import { buildAdvice } from "@/lib/server/advice/build-advice";
import { CASE_CONSENT_VERSION } from "@/lib/server/cases/consent";
import { createCase } from "@/lib/server/cases/create-case";
import { recordCaseOutcome } from "@/lib/server/cases/record-case-outcome";
import { reserveForCase } from "@/lib/server/cases/reserve-for-case";
import { saveCaseAnswers } from "@/lib/server/cases/save-case-answers";
import { setCaseChoice } from "@/lib/server/cases/set-case-choice";
import { handOver } from "@/lib/server/desk/hand-over";
import { DIFFICULTY_NOT_ADDRESSED, lendWalkIn, walkInDifficultyOptions } from "@/lib/server/desk/lend-walk-in";
import { takeBack } from "@/lib/server/desk/take-back";
import { getLearningOverview } from "@/lib/server/outcomes/learning-settings";
import { loadOutcomeObservations } from "@/lib/server/outcomes/load-estimates";
import { recordLoanOutcome } from "@/lib/server/outcomes/record-loan-outcome";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";
import { controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let consultant: Actor;
let leyweg: Actor;
let admin: Actor;
/** the difficulty and product of the first consultant test, reused by the next */
let consultantDifficulty: DifficultyCode;
let consultantProduct: string;

const RESIDENT = "Mevrouw K. Leerling";
const PHONE = "0612345678";

async function checkout(productSlug: string) {
  const { checklist } = await db.product.findUniqueOrThrow({ where: { slug: productSlug }, select: { checklist: true } });
  return { items: checklist, explained: true, idChecked: true };
}
async function giveBack(loanId: string, productSlug: string) {
  const { checklist } = await db.product.findUniqueOrThrow({ where: { slug: productSlug }, select: { checklist: true } });
  await takeBack({ actor: leyweg, loanId, checklist: { items: checklist, needsCleaning: false, damage: false, note: "" } });
}

beforeAll(async () => {
  db = await resetWithDemoData();
  consultant = await actorFor("consulent@denhaag.demo");
  leyweg = await actorFor("medewerker@leyweg.demo");
  admin = await actorFor("beheer@denhaag.demo");
}, 120_000);

describe("a consultant's reservation", () => {
  it("keeps the case's advice as a snapshot without personal data; the desk's outcome is linked to it and counts in the learning", async () => {
    // a difficulty whose advice recommends an ordinary lendable product (no monitoring: that needs its own yes)
    let difficulty: DifficultyCode | null = null;
    let productSlug = "";
    let rank = 0;
    for (const d of ["mobility.getting_up", "reach.picking_up", "housework.vacuuming", "reading.small_print", "toilet.night"] as const) {
      const advice = await buildAdvice({ municipalitySlug: "den-haag", answers: { difficulties: [d], context: {} } });
      const i = advice.recommendations.findIndex((r) => r.product.lendable && !r.product.isMonitoring);
      if (i >= 0) {
        difficulty = d;
        productSlug = advice.recommendations[i]!.product.slug;
        rank = i + 1;
        break;
      }
    }
    expect(difficulty, "a difficulty with a lendable recommendation in the demo catalogue").not.toBeNull();
    consultantDifficulty = difficulty!;
    consultantProduct = productSlug;
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug, available: 3, prefix: "LRNC" });

    const { reference, id: caseId } = await createCase({ actor: consultant, residentName: RESIDENT, consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    await saveCaseAnswers({ actor: consultant, reference, patch: { difficulties: [difficulty!] } });
    await setCaseChoice({ actor: consultant, reference, productSlug, wantsToTry: true });
    const before = await db.outcome.count({ where: { difficulty: difficulty!, product: { slug: productSlug } } });

    const created = await reserveForCase({ actor: consultant, reference, productSlug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, phone: PHONE, consent: true });
    const reservation = await db.reservation.findUniqueOrThrow({ where: { reference: created.reference }, include: { adviceSnapshot: true } });
    expect(reservation.caseId).toBe(caseId);
    const snapshot = reservation.adviceSnapshot;
    expect(snapshot).toMatchObject({ source: "consultant", difficulties: [difficulty] });
    expect(snapshot?.items).toEqual(expect.arrayContaining([expect.objectContaining({ slug: productSlug, rank, difficulties: [difficulty] })]));
    const stored = JSON.stringify(snapshot);
    for (const personal of [RESIDENT, PHONE, reference]) expect(stored).not.toContain(personal);

    const { loanId } = await handOver({ actor: leyweg, reservationId: reservation.id, checklist: await checkout(productSlug) });
    await giveBack(loanId, productSlug);
    await recordLoanOutcome({ actor: leyweg, loanId, result: "kept", reason: "helps" });

    const outcome = await db.outcome.findUniqueOrThrow({ where: { loanId } });
    expect(outcome).toMatchObject({ source: "desk", caseId, adviceSnapshotId: snapshot!.id, difficulty, rank, result: "kept", reasonCode: "helps" });
    expect(outcome.score).toBeTypeOf("number");

    const observations = (await loadOutcomeObservations()).filter((o) => o.productSlug === productSlug && o.difficulty === difficulty);
    expect(observations).toHaveLength(before + 1);
    const overview = await getLearningOverview({ actor: admin });
    expect(overview.pooledBySource.consultant).toBe(1);
    const row = [...overview.active, ...overview.waiting].find((r) => r.productSlug === productSlug && r.difficulty === difficulty);
    expect(row?.n).toBe(before + 1);

    // the consultant's own follow-up answer about the same loan is kept, but the loan is learned from once
    await recordCaseOutcome({ actor: consultant, reference, productSlug, helped: "yes", result: "kept" });
    expect(await db.outcome.findFirstOrThrow({ where: { caseId, source: "consultant" } })).toMatchObject({ helped: "yes", difficulty: null, rank: null });
    expect((await loadOutcomeObservations()).filter((o) => o.productSlug === productSlug && o.difficulty === difficulty)).toHaveLength(before + 1);
  }, 120_000);

  it("counts a loan once when the consultant answered before the desk did", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: consultantProduct, available: 1, prefix: "LRNO" });
    const { reference, id: caseId } = await createCase({ actor: consultant, residentName: RESIDENT, consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    await saveCaseAnswers({ actor: consultant, reference, patch: { difficulties: [consultantDifficulty] } });
    await setCaseChoice({ actor: consultant, reference, productSlug: consultantProduct, wantsToTry: true });
    const created = await reserveForCase({ actor: consultant, reference, productSlug: consultantProduct, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, phone: PHONE, consent: true });
    const reservation = await db.reservation.findUniqueOrThrow({ where: { reference: created.reference } });
    const { loanId } = await handOver({ actor: leyweg, reservationId: reservation.id, checklist: await checkout(consultantProduct) });
    await giveBack(loanId, consultantProduct);
    const learned = async () => (await loadOutcomeObservations()).filter((o) => o.productSlug === consultantProduct && o.difficulty === consultantDifficulty).length;
    const before = await learned();

    await recordCaseOutcome({ actor: consultant, reference, productSlug: consultantProduct, helped: "no", result: "returned" });
    expect(await learned()).toBe(before + 1);
    await recordLoanOutcome({ actor: leyweg, loanId, result: "returned", reason: "too_difficult" });
    expect(await learned()).toBe(before + 1);
    expect(await db.outcome.findFirstOrThrow({ where: { caseId, source: "consultant" } })).toMatchObject({ helped: "no", difficulty: null });
    expect(await db.outcome.findUniqueOrThrow({ where: { loanId } })).toMatchObject({ difficulty: consultantDifficulty, returnKind: "negative" });
  }, 120_000);

  it("keeps no snapshot when the case has no answers yet (nothing to link, nothing to learn)", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "LRNE" });
    const { reference } = await createCase({ actor: consultant, residentName: RESIDENT, consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    await setCaseChoice({ actor: consultant, reference, productSlug: stock.product.slug, wantsToTry: true });
    const snapshots = await db.adviceSnapshot.count();
    const created = await reserveForCase({ actor: consultant, reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, phone: PHONE, consent: true });
    expect((await db.reservation.findUniqueOrThrow({ where: { reference: created.reference } })).adviceSnapshotId).toBeNull();
    expect(await db.adviceSnapshot.count()).toBe(snapshots);
  }, 60_000);
});

describe("a walk-in loan at the desk", () => {
  let productSlug: string;
  let units: { id: string }[];
  let addressed: DifficultyCode;
  let notAddressed: DifficultyCode;

  beforeAll(async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 14, prefix: "LRNW" });
    productSlug = stock.product.slug;
    units = stock.units;
    const options = await walkInDifficultyOptions(productSlug);
    expect(options.length).toBeGreaterThan(0);
    addressed = options[0]!.code;
    const other = DIFFICULTY_CODES.find((d) => !options.some((o) => o.code === d));
    expect(other && isDifficultyCode(other)).toBe(true);
    notAddressed = other!;
  }, 60_000);

  const lend = async (i: number, difficulty?: string | null) =>
    lendWalkIn({ actor: leyweg, unitId: units[i]!.id, name: RESIDENT, phone: PHONE, consent: true, checklist: await checkout(productSlug), difficulty });

  it("refuses a difficulty the product does not help with, on the field", async () => {
    const error = await expectAppError(lend(0, notAddressed), "INVALID");
    expect(error.fields?.difficulty).toEqual([DIFFICULTY_NOT_ADDRESSED]);
    await expectAppError(lend(0, "no.such_code"), "INVALID");
    expect(await db.loan.count({ where: { unitId: units[0]!.id } })).toBe(0);
  });

  it("without a difficulty: the outcome is recorded at take-back and counted, but not learned from", async () => {
    const { loanId } = await lend(0);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId }, include: { reservation: true } })).reservation?.adviceSnapshotId).toBeNull();
    await giveBack(loanId, productSlug);
    await recordLoanOutcome({ actor: leyweg, loanId, result: "returned", reason: "only_a_bridge" });
    expect(await db.outcome.findUniqueOrThrow({ where: { loanId } })).toMatchObject({ source: "desk", result: "returned", returnKind: "positive", difficulty: null, rank: null, adviceSnapshotId: null });
    expect((await loadOutcomeObservations()).some((o) => o.productSlug === productSlug)).toBe(false);
    expect((await getLearningOverview({ actor: admin })).ownUnlinked).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it("with the difficulty the desk chose: a desk snapshot (product and difficulty, no rank, score or context) lets it count", async () => {
    const { loanId, reservationId } = await lend(1, addressed);
    const reservation = await db.reservation.findUniqueOrThrow({ where: { id: reservationId }, include: { adviceSnapshot: true } });
    expect(reservation.adviceSnapshot).toMatchObject({ source: "desk", assessmentId: null, difficulties: [addressed], context: {}, items: [{ slug: productSlug, rank: null, score: null, difficulties: [addressed] }] });
    expect(JSON.stringify(reservation.adviceSnapshot)).not.toContain(RESIDENT);
    await giveBack(loanId, productSlug);
    await recordLoanOutcome({ actor: leyweg, loanId, result: "kept", reason: "helps" });
    expect(await db.outcome.findUniqueOrThrow({ where: { loanId } })).toMatchObject({ difficulty: addressed, rank: null, score: null, adviceSnapshotId: reservation.adviceSnapshotId });
    expect((await loadOutcomeObservations()).filter((o) => o.productSlug === productSlug && o.difficulty === addressed)).toHaveLength(1);
    expect((await getLearningOverview({ actor: admin })).pooledBySource.desk).toBe(1);
  }, 60_000);

  it("the insight shows the new answers per product, with counts below 10 hidden and what would give them away", async () => {
    // 12 more walk-ins with the difficulty that go on being used: 13 kept (learned), 1 positive return (not learned)
    for (let i = 2; i < 14; i++) {
      const { loanId } = await lend(i, addressed);
      await giveBack(loanId, productSlug);
      await recordLoanOutcome({ actor: leyweg, loanId, result: "kept", reason: "helps" });
    }
    const product = await db.product.findUniqueOrThrow({ where: { slug: productSlug } });
    const insights = await getMunicipalityInsights({ actor: admin });
    const row = insights.outcomes.find((r) => r.productId === product.id);
    expect(row).toBeDefined();
    expect(row!.total).toBe(14);
    // the one positive return is hidden, and so is the kept count beside it (else 14 − 13 gives it away)
    expect(row!.result).toMatchObject({ kept: null, returned_positive: null, returned_negative: 0, returned_unsaid: 0, will_buy: 0, bought_elsewhere: 0 });
    expect(row!.reason).toMatchObject({ helps: null, only_a_bridge: null, did_not_help: 0, none: 0 });
    expect(row!.helped).toMatchObject({ not_asked: 14, yes: 0 });
    expect(row!.learning).toEqual({ learned: null, not_learned: null });
    // Rijswijk's figures (the platform administrator's choice) do not contain Den Haag's outcomes
    const rijswijk = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
    const other = await getMunicipalityInsights({ actor: await actorFor("platform@ttv.demo"), municipalityId: rijswijk.id });
    expect(other.outcomes.some((r) => r.productId === product.id)).toBe(false);
  }, 120_000);
});
