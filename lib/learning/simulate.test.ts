import { describe, expect, it } from "vitest";
import { CATALOGUE, toCatalogueProduct } from "../../prisma/seed/catalogue";
import { simulate } from "./simulate";

const catalogue = CATALOGUE.map(toCatalogueProduct);

describe("offline evaluation (simulate)", () => {
  const options = { catalogue, historySize: 3_000, trainSizes: [0, 9, 3_000], testResidents: 300, seed: 5 };
  const result = simulate(options);

  it("is deterministic for a seed", () => {
    expect(simulate(options)).toEqual(result);
  });

  it("equals the expert ranking without outcomes and below the threshold", () => {
    for (const p of result.points.slice(0, 2)) {
      expect(p.learned).toEqual(p.expert);
      expect(p.changedTop3).toBe(0);
    }
  });

  it("ranks the truly better products higher once it has learned", () => {
    const last = result.points.at(-1)!;
    expect(last.learned.ndcgAt3).toBeGreaterThan(last.expert.ndcgAt3);
    expect(last.learned.positiveShareTop3).toBeGreaterThan(last.expert.positiveShareTop3);
    expect(result.helpsFrom).toBe(3_000);
  });
});
