import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isReservedSlug, RESERVED_SLUGS } from "./reserved-slugs";
import { createMunicipalitySchema } from "@/lib/schemas/municipality";

const root = path.resolve(__dirname, "../..");

/** Top-level names a URL can start with: app/ route folders (no groups, no dynamic segments, no private folders). */
function topLevelNames(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((n) => !n.startsWith("[") && !n.startsWith("(") && !n.startsWith("@"))
    .map((n) => n.replace(/^_/, "").replace(/\./g, "-"));
}

describe("reserved slugs", () => {
  it.each(topLevelNames("app"))("app/%s cannot be a municipality's slug", (name) => {
    expect(isReservedSlug(name)).toBe(true);
  });
  it.each(topLevelNames("public"))("public/%s cannot be a municipality's slug", (name) => {
    expect(isReservedSlug(name)).toBe(true);
  });
  it.each([
    ["advies", false],
    ["Beheer", false],
    ["den-haag", true],
    ["rijswijk", true],
    ["api", false],
  ])("onboarding accepts slug %s: %s", (slug, ok) => {
    const result = createMunicipalitySchema.shape.slug.safeParse(slug);
    expect(result.success).toBe(ok);
    if (!ok && !result.success) expect(result.error.issues[0]?.message).toMatch(/al gebruikt|bestaand adres/);
  });
  it("the list has no duplicates and only valid slugs", () => {
    expect(new Set(RESERVED_SLUGS).size).toBe(RESERVED_SLUGS.length);
    for (const s of RESERVED_SLUGS) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
