import { describe, expect, it } from "vitest";
import { AppError, appError, appErrorFields, appErrorText, errorText, HTTP_STATUS } from "./errors";

describe("the error catalogue", () => {
  it.each([
    ["a resident message in Dutch", { key: "resident.offerGone" as const }, "nl", /Dit aanbod is verlopen/],
    ["the same in English", { key: "resident.offerGone" as const }, "en", /This offer has expired/],
    ["the same in Turkish", { key: "resident.offerGone" as const }, "tr", /teklifin süresi doldu/],
    ["a parameter is filled in", { key: "resident.municipalityPausedReserve" as const, params: { municipality: "Rijswijk" } }, "pl", /Gmina Rijswijk/],
    ["a number parameter", { key: "resident.pickupDayTooFar" as const, params: { days: 31 } }, "nl", /komende 31 dagen/],
    ["a staff message stays Dutch in another language", { key: "staff.unitNotFound" as const }, "ar", /Dit exemplaar bestaat niet/],
  ] as const)("%s", (_name, ref, locale, expected) => {
    expect(errorText(ref, locale)).toMatch(expected);
  });
});

describe("appError", () => {
  it("carries the key, the HTTP category and the Dutch message", () => {
    const error = appError("GONE", "resident.offerGone", { details: { status: "EXPIRED" } });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("GONE");
    expect(HTTP_STATUS[error.code]).toBe(410);
    expect(error.key).toBe("resident.offerGone");
    expect(error.message).toMatch(/^Dit aanbod is verlopen/);
    expect(error.details).toEqual({ status: "EXPIRED" });
    expect(appErrorText(error, "en")).toMatch(/^This offer has expired/);
  });

  it.each([
    ["field: the same message on the field", appError("INVALID", "resident.notLentHere", { field: "centre" }), "centre", /leent dit hulpmiddel niet uit/, /does not lend this aid/],
    [
      "fieldMessage: its own message on the field",
      appError("INVALID", "staff.logoTooLarge", { fieldMessage: { field: "logo", key: "staff.logoFileTooLarge", params: { mb: 1 } } }),
      "logo",
      /hoogstens 1 MB/,
      /hoogstens 1 MB/,
    ],
  ])("%s", (_name, error, field, dutch, english) => {
    expect(error.fields?.[field]?.[0]).toMatch(dutch);
    expect(appErrorFields(error, "en")[field]?.[0]).toMatch(english);
  });

  it("keeps field messages that are already text (zod) as they are", () => {
    const error = appError("INVALID", "resident.notAllFilledIn", { fields: { name: ["Vul uw naam in."] } });
    expect(appErrorFields(error, "tr")).toEqual({ name: ["Vul uw naam in."] });
    expect(error.message).toBe("Niet alles is goed ingevuld.");
  });

  it("an AppError with a sentence has no key, and appErrorText gives the sentence", () => {
    const error = new AppError("INVALID", "Een zin.");
    expect(error.key).toBeUndefined();
    expect(appErrorText(error, "en")).toBe("Een zin.");
  });
});
