import { describe, expect, it } from "vitest";
import { capitalDayLabel, dayLabel } from "./day-label";

describe("dayLabel", () => {
  it.each([
    ["2026-11-23", "vandaag"],
    ["2026-11-24", "morgen"],
    ["2026-11-22", "gisteren"],
    ["2026-11-26", "donderdag 26 november 2026"],
    ["2026-12-01", "dinsdag 1 december 2026"],
  ])("%s seen from monday 23 november 2026 is %s", (day, expected) => {
    expect(dayLabel(day, "2026-11-23")).toBe(expected);
  });

  it("crosses a month and a year", () => {
    expect(dayLabel("2027-01-01", "2026-12-31")).toBe("morgen");
    expect(capitalDayLabel("2026-12-31", "2026-12-31")).toBe("Vandaag");
  });
});
