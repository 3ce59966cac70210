/**
 * The editors' translation report (/beheer/catalogus/vertalingen) after seeding: the seed catalogue's English and
 * Polish texts survive the import into the catalogue version, so the report shows 0 missing for en and pl.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getTranslationReport } from "@/lib/server/catalogue/translation-report";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { actorFor } from "./actors";
import { resetWithDemoData } from "./helpers";

describe("the translation report on the seeded catalogue", () => {
  beforeAll(async () => {
    await resetWithDemoData();
  });

  it.each(["en", "pl"] as const)("shows every text of every product translated in %s", async (locale) => {
    const report = await getTranslationReport(await actorFor("platform@ttv.demo"));
    expect(report.rows).toHaveLength(CATALOGUE.length);
    expect(report.totals[locale].total).toBeGreaterThan(CATALOGUE.length * 2);
    expect(report.rows.filter((r) => r.missing[locale].length > 0).map((r) => `${r.slug}: ${r.missing[locale].join(", ")}`)).toEqual([]);
    expect(report.totals[locale].missing).toBe(0);
  });
});
