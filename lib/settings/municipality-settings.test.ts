import { describe, expect, it } from "vitest";
import { defaultsFromEnv, getMunicipalitySettings, readOverrides, settingsFormSchema } from "./municipality-settings";

const defaults = defaultsFromEnv({ RETENTION_DAYS: 90, RESERVATION_HOLD_HOURS: 24, WAITLIST_OFFER_HOURS: 48, CLEANING_DAYS: 1, MAX_EXTENSIONS: 1, FOLLOW_UP_DAYS: 42 });

describe("getMunicipalitySettings", () => {
  it.each<[string, unknown, Partial<typeof defaults>]>([
    ["nothing stored: the defaults", {}, {}],
    ["null stored", null, {}],
    ["one override", { retentionDays: 30 }, { retentionDays: 30 }],
    ["zero cleaning days is allowed", { cleaningDays: 0 }, { cleaningDays: 0 }],
    ["a value out of range falls back", { retentionDays: 0, waitlistOfferHours: 72 }, { waitlistOfferHours: 72 }],
    ["a string or fraction falls back", { retentionDays: "30", followUpDays: 1.5 }, {}],
    ["unknown keys are ignored", { theme: "dark", maxExtensions: 2 }, { maxExtensions: 2 }],
    ["an array is not settings", [1, 2], {}],
  ])("%s", (_name, stored, changed) => {
    expect(getMunicipalitySettings(stored, defaults)).toEqual({ ...defaults, ...changed });
  });

  it("readOverrides keeps only valid overrides", () => {
    expect(readOverrides({ retentionDays: 30, cleaningDays: -1 })).toEqual({ retentionDays: 30 });
  });
});

describe("settingsFormSchema", () => {
  const empty = { retentionDays: "", reservationHoldHours: "", waitlistOfferHours: "", cleaningDays: "", maxExtensions: "", followUpDays: "" };
  it("reads empty fields as 'use the default'", () => {
    expect(settingsFormSchema.parse({ ...empty, retentionDays: " 30 " })).toEqual({ retentionDays: 30, reservationHoldHours: null, waitlistOfferHours: null, cleaningDays: null, maxExtensions: null, followUpDays: null });
  });
  it.each<[string, string]>([
    ["retentionDays", "0"],
    ["retentionDays", "3651"],
    ["cleaningDays", "1,5"],
    ["waitlistOfferHours", "twee"],
  ])("refuses %s = %j with a Dutch message at the field", (field, value) => {
    const result = settingsFormSchema.safeParse({ ...empty, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
    expect(result.error?.issues[0]?.message).toMatch(/Vul een heel getal in/);
  });
});
