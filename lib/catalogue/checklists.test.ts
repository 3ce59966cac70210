/** Every product in the seed catalogue has its own hand-over and take-back checklist (prisma/seed/checklists.ts). */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { CHECKLISTS, checklistFor, DEFAULT_CHECKLIST } from "@/prisma/seed/checklists";

describe("product checklists", () => {
  it.each(CATALOGUE.map((p) => [p.slug, p.name]))("%s (%s) has its own list", (slug) => {
    const list = CHECKLISTS[slug];
    expect(list, `prisma/seed/checklists.ts mist ${slug}`).toBeDefined();
    expect(list!.length).toBeGreaterThan(0);
    expect(list!.length).toBeLessThanOrEqual(6);
    for (const item of list!) {
      expect(item.length).toBeGreaterThan(3);
      expect(item.length).toBeLessThanOrEqual(80);
    }
    expect(new Set(list).size).toBe(list!.length);
  });

  it("has no lists for products that are not in the catalogue", () => {
    const slugs = new Set(CATALOGUE.map((p) => p.slug));
    expect(Object.keys(CHECKLISTS).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it("does not ask for a charger and manual on things without a plug", () => {
    for (const slug of ["wandelstok", "grijper", "toiletverhoger", "douchekruk", "stoffer-en-blik-lange-steel"]) {
      expect(CHECKLISTS[slug]!.join(" ")).not.toMatch(/oplader|handleiding/i);
    }
  });

  it("falls back to a generic list for a product added later", () => {
    expect(checklistFor("nieuw-product")).toEqual([...DEFAULT_CHECKLIST]);
  });
});
