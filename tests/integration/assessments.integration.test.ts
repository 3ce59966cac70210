import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAdviceForAssessment } from "@/lib/server/assessments/get-advice-for-assessment";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { saveAdviceSnapshot } from "@/lib/server/assessments/save-advice-snapshot";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { formatCode } from "@/lib/util/codes";
import { resetWithDemoData } from "./helpers";

let db: Awaited<ReturnType<typeof resetWithDemoData>>;

beforeAll(async () => {
  db = await resetWithDemoData();
});

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("assessments", () => {
  it("creates an assessment with a short code, no answers yet, and an erase moment RETENTION_DAYS ahead", async () => {
    const before = Date.now();
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: "family" });
    expect(code).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{8}$/);

    const assessment = await getAssessmentByCode({ code });
    expect(assessment.municipality).toEqual({ slug: "den-haag", name: "Den Haag" });
    expect(assessment.answers).toEqual({ difficulties: [], context: {} });
    expect(assessment.together).toBe("family");
    expect(assessment.step).toBe(1);
    const days = env().RETENTION_DAYS * 86_400_000;
    expect(assessment.eraseAfter.getTime()).toBeGreaterThanOrEqual(before + days);
    expect(assessment.eraseAfter.getTime()).toBeLessThanOrEqual(Date.now() + days);
  });

  it("saves answers across steps and loads them again by the code, also as people type it", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await saveAnswers({ code, patch: { difficulties: ["housework.vacuuming", "toilet.night"], step: 2 } });
    await saveAnswers({ code, patch: { context: { "home.clutter": "a_lot" }, step: 3 } });
    await saveAnswers({ code, patch: { context: { "home.thresholds": "unknown" }, step: 4 } });
    await saveAnswers({ code, patch: { context: { "digital.wifi": true, "home.pets": false }, step: 5 } });
    // skipping a question removes an earlier answer
    await saveAnswers({ code, patch: { context: { "home.pets": null } } });
    await saveAnswers({ code, patch: { postcode: "2545gh", district: null, step: 12 } });

    const typed = ` ${formatCode(code).toLowerCase()} `;
    const assessment = await getAssessmentByCode({ code: typed });
    expect(assessment.code).toBe(code);
    expect(assessment.answers).toEqual({
      difficulties: ["housework.vacuuming", "toilet.night"],
      context: { "home.clutter": "a_lot", "home.thresholds": "unknown", "digital.wifi": true },
    });
    expect(assessment.postcode).toBe("2545 GH");
    expect(assessment.district).toBeNull();
    expect(assessment.step).toBe(12);
  });

  it("moves the erase moment forward when answers are saved", async () => {
    const { code } = await createAssessment({ municipalitySlug: "rijswijk", together: "alone" });
    await db.assessment.update({ where: { code }, data: { eraseAfter: new Date(Date.now() + 86_400_000) } });
    const saved = await saveAnswers({ code, patch: { difficulties: ["reading.small_print"] } });
    const row = await db.assessment.findUniqueOrThrow({ where: { code } });
    expect(row.eraseAfter.getTime()).toBeGreaterThan(Date.now() + (env().RETENTION_DAYS - 1) * 86_400_000);
    expect(saved.eraseAfter.getTime()).toBe(row.eraseAfter.getTime());
  });

  it("does not find an unknown, malformed or expired code", async () => {
    await expectAppError(getAssessmentByCode({ code: "BCDFGHJK" }), "NOT_FOUND");
    await expectAppError(getAssessmentByCode({ code: "x" }), "NOT_FOUND");
    await expectAppError(getAssessmentByCode({ code: "'; drop table --" }), "NOT_FOUND");
    await expectAppError(saveAnswers({ code: "BCDFGHJK", patch: { difficulties: ["bathing"] } }), "NOT_FOUND");

    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await db.assessment.update({ where: { code }, data: { eraseAfter: new Date(Date.now() - 1000) } });
    await expectAppError(getAssessmentByCode({ code }), "NOT_FOUND");
  });

  it("refuses a municipality it does not know", async () => {
    await expectAppError(createAssessment({ municipalitySlug: "atlantis", together: null }), "NOT_FOUND");
  });

  it("validates answers: unknown codes and wrong values are refused with the field named, and nothing is saved", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await saveAnswers({ code, patch: { difficulties: ["bathing"] } });

    const unknownDifficulty = await expectAppError(saveAnswers({ code, patch: { difficulties: ["bathing", "flying"] } }), "INVALID");
    expect(JSON.stringify(unknownDifficulty.fields)).toContain("flying");

    const unknownContext = await expectAppError(saveAnswers({ code, patch: { context: { "home.garden": true } } }), "INVALID");
    expect(Object.keys(unknownContext.fields ?? {})).toEqual(["context.home.garden"]);

    await expectAppError(saveAnswers({ code, patch: { context: { "home.clutter": "everywhere" } } }), "INVALID");
    await expectAppError(saveAnswers({ code, patch: { context: { "digital.wifi": "yes" } } }), "INVALID");
    const postcode = await expectAppError(saveAnswers({ code, patch: { postcode: "12" } }), "INVALID");
    expect(postcode.fields?.postcode?.[0]).toMatch(/postcode/);
    const district = await expectAppError(saveAnswers({ code, patch: { district: "Atlantis" } }), "INVALID");
    expect(Object.keys(district.fields ?? {})).toEqual(["district"]);
    await expectAppError(saveAnswers({ code, patch: { step: 0 } }), "INVALID");

    const assessment = await getAssessmentByCode({ code });
    expect(assessment.answers).toEqual({ difficulties: ["bathing"], context: {} });
    expect(assessment.postcode).toBeNull();
  });

  it("gives live advice for the answers: the robot vacuum ruled out for clutter, centres nearest first", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await saveAnswers({ code, patch: { difficulties: ["housework.vacuuming", "toilet.night"], context: { "home.clutter": "a_lot" }, postcode: "2545 GH" } });

    const { advice } = await getAdviceForAssessment({ code });
    expect(advice.postcode).toBe("2545 GH");
    expect(advice.recommendations.length).toBeGreaterThan(0);
    const robot = advice.notRecommended.find((e) => e.product.slug === "robotstofzuiger");
    expect(robot?.reasons[0]).toMatch(/^er veel spullen op de vloer staan/);
    const withLending = advice.recommendations.find((r) => r.lending.some((l) => l.centre.slug === "zorginnovatiehub-leyweg"));
    expect(withLending?.lending[0]?.centre.slug).toBe("zorginnovatiehub-leyweg");
  });

  it("puts the centres of the chosen district first when there is no postcode, without showing a postcode", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await saveAnswers({ code, patch: { difficulties: ["toilet.night", "housework.vacuuming", "mobility.walking"], district: "Scheveningen" } });

    const { assessment, advice } = await getAdviceForAssessment({ code });
    expect(assessment.district).toBe("Scheveningen");
    expect(advice.postcode).toBeNull();
    const lent = advice.recommendations.find((r) => r.lending.some((l) => l.centre.district === "Scheveningen"));
    expect(lent?.lending[0]?.centre.district).toBe("Scheveningen");
  });

  it("keeps a snapshot of the advice with the engine version and the catalogue version", async () => {
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    await saveAnswers({ code, patch: { difficulties: ["reading.small_print"] } });
    const { advice } = await getAdviceForAssessment({ code });
    const snapshot = await saveAdviceSnapshot({ code, result: advice });

    const row = await db.adviceSnapshot.findUniqueOrThrow({ where: { code: snapshot.code }, include: { assessment: true } });
    expect(row.assessment?.code).toBe(code);
    expect(row.engineVersion).toBe(advice.engineVersion);
    expect(advice.catalogueVersion).toBe(1);
    expect(row.catalogueVersion).toBe(1);
    expect((row.result as { recommendations: unknown[] }).recommendations).toHaveLength(advice.recommendations.length);
    await expectAppError(saveAdviceSnapshot({ code: "BCDFGHJK", result: advice }), "NOT_FOUND");
  });
});
