import { describe, expect, it } from "vitest";
import { betweenTimes, formatClockTime, formatClockTimeWithUnit, formatSlot, formatSlots, joinDutch } from "./opening-times";

describe("formatClockTime", () => {
  it.each([
    ["09:30", "9.30"],
    ["10:00", "10.00"],
    ["16:30", "16.30"],
    ["00:00", "0.00"],
    ["9:05", "9.05"],
    ["9.05", "9.05"],
    ["later", "later"],
  ])("%s -> %s", (time, expected) => {
    expect(formatClockTime(time)).toBe(expected);
  });

  it("adds the unit", () => {
    expect(formatClockTimeWithUnit("17:00")).toBe("17.00 uur");
  });
});

describe("betweenTimes (in a sentence)", () => {
  it.each([
    ["one slot", [{ opens: "10:00", closes: "16:00" }], "tussen 10.00 en 16.00 uur"],
    ["a morning slot", [{ opens: "09:30", closes: "16:30" }], "tussen 9.30 en 16.30 uur"],
    [
      "two slots, in time order",
      [
        { opens: "13:00", closes: "16:00" },
        { opens: "09:00", closes: "12:00" },
      ],
      "tussen 9.00 en 12.00 uur of tussen 13.00 en 16.00 uur",
    ],
    ["no slots", [], "tijdens de openingstijden"],
  ])("%s", (_name, slots, expected) => {
    expect(betweenTimes(slots)).toBe(expected);
  });

  it("never writes a colon or a dash", () => {
    expect(betweenTimes([{ opens: "09:30", closes: "16:30" }])).not.toMatch(/[:-]/);
  });
});

describe("formatSlot and formatSlots (in a table)", () => {
  it.each([
    ["one slot", [{ opens: "09:00", closes: "17:00" }], "9.00 tot 17.00 uur"],
    [
      "two slots",
      [
        { opens: "13:00", closes: "16:00" },
        { opens: "09:00", closes: "12:00" },
      ],
      "9.00 tot 12.00 uur en 13.00 tot 16.00 uur",
    ],
    ["closed", [], "gesloten"],
  ])("%s", (_name, slots, expected) => {
    expect(formatSlots(slots)).toBe(expected);
  });

  it("formats a single slot", () => {
    expect(formatSlot({ opens: "10:00", closes: "12:00" })).toBe("10.00 tot 12.00 uur");
  });
});

describe("joinDutch", () => {
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a en b"],
    [["a", "b", "c"], "a, b en c"],
  ])("%j", (parts, expected) => {
    expect(joinDutch(parts)).toBe(expected);
  });
});
