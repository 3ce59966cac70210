import { describe, expect, it } from "vitest";
import { auditFilterSchema, eraseRequestSchema, erasureReferenceSchema, recordIdSchema } from "./admin";

describe("auditFilterSchema", () => {
  it.each<[string, Record<string, string>, Record<string, unknown> | null]>([
    ["empty fields are no filter", { actie: "", van: "", tot: "", referentie: "" }, {}],
    ["a full filter", { actie: "case.erase", van: "2026-11-01", tot: "2026-11-30", referentie: "KX7M-2QPD" }, { actie: "case.erase", van: "2026-11-01", tot: "2026-11-30", referentie: "KX7M-2QPD" }],
    ["one day", { van: "2026-11-23", tot: "2026-11-23" }, { van: "2026-11-23", tot: "2026-11-23" }],
    ["end before start", { van: "2026-11-30", tot: "2026-11-01" }, null],
    ["a day that does not exist", { van: "2026-02-30" }, null],
    ["not a date", { tot: "gisteren" }, null],
    ["an action that is not a code", { actie: "DROP TABLE" }, null],
    ["a reference with odd characters", { referentie: "<script>" }, null],
    ["a cursor", { na: "cmabc123" }, { na: "cmabc123" }],
    ["a cursor with odd characters", { na: "a'b" }, null],
  ])("%s", (_name, input, expected) => {
    const result = auditFilterSchema.safeParse(input);
    if (expected === null) expect(result.success).toBe(false);
    else {
      expect(result.success).toBe(true);
      expect(result.data).toEqual(expected);
    }
  });

  it("names the end date when it lies before the start date, in Dutch", () => {
    const result = auditFilterSchema.safeParse({ van: "2026-11-30", tot: "2026-11-01" });
    expect(result.error?.issues[0]?.path).toEqual(["tot"]);
    expect(result.error?.issues[0]?.message).toMatch(/einddatum/);
  });
});

describe("erasureReferenceSchema", () => {
  it.each<[string, string, string | null]>([
    ["as printed", "KX7M-2QPD", "KX7M2QPD"],
    ["typed in lower case with spaces", " kx7m 2qpd ", "KX7M2QPD"],
    ["empty", "", null],
    ["too short", "KX7", null],
    ["far too long", "K".repeat(30), null],
  ])("%s", (_name, input, expected) => {
    const result = erasureReferenceSchema.safeParse(input);
    expect(result.success ? result.data : null).toBe(expected);
  });
});

describe("eraseRequestSchema", () => {
  it("needs the confirmation box", () => {
    const result = eraseRequestSchema.safeParse({ referentie: "KX7M2QPD", soort: "case" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["bevestigd"]);
  });
  it("accepts a confirmed request", () => {
    expect(eraseRequestSchema.safeParse({ referentie: "KX7M-2QPD", soort: "reservation", bevestigd: "ja" }).data).toEqual({ referentie: "KX7M2QPD", soort: "reservation", bevestigd: "ja" });
  });
  it("refuses an unknown kind", () => {
    expect(eraseRequestSchema.safeParse({ referentie: "KX7M2QPD", soort: "user", bevestigd: "ja" }).success).toBe(false);
  });
});

describe("recordIdSchema", () => {
  it.each([
    ["cuid", "cmf3x9k2l0000abcd1234efgh", true],
    ["uuid", "0f8fad5b-d9cb-469f-a165-70867728950e", true],
    ["empty", "", false],
    ["quotes", "a'b", false],
  ])("%s", (_name, input, ok) => {
    expect(recordIdSchema.safeParse(input).success).toBe(ok);
  });
});
