import { describe, expect, it } from "vitest";
import { centreSchema, centreSlug, closedDaySchema, parseOpeningHours } from "./centre";

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseOpeningHours", () => {
  it.each<[string, Record<string, string>, { weekday: number; opens: string; closes: string }[]]>([
    ["empty: closed all week", {}, []],
    ["one slot", { "van-1-a": "09:00", "tot-1-a": "17:00" }, [{ weekday: 1, opens: "09:00", closes: "17:00" }]],
    ["dots become colons", { "van-3-a": "9.30".padStart(5, "0"), "tot-3-a": "12.00" }, [{ weekday: 3, opens: "09:30", closes: "12:00" }]],
    [
      "two slots a day",
      { "van-5-a": "09:00", "tot-5-a": "12:00", "van-5-b": "13:00", "tot-5-b": "16:00" },
      [
        { weekday: 5, opens: "09:00", closes: "12:00" },
        { weekday: 5, opens: "13:00", closes: "16:00" },
      ],
    ],
  ])("%s", (_name, values, slots) => {
    expect(parseOpeningHours(reader(values))).toEqual({ slots, errors: {} });
  });

  it.each<[string, Record<string, string>, string]>([
    ["closes before it opens", { "van-1-a": "17:00", "tot-1-a": "09:00" }, "tot-1-a"],
    ["only an opening time", { "van-2-a": "09:00" }, "tot-2-a"],
    ["not a time", { "van-2-a": "negen", "tot-2-a": "12:00" }, "van-2-a"],
    ["overlapping slots", { "van-4-a": "09:00", "tot-4-a": "13:00", "van-4-b": "12:00", "tot-4-b": "16:00" }, "van-4-b"],
  ])("refuses %s at the right field", (_name, values, field) => {
    expect(Object.keys(parseOpeningHours(reader(values)).errors)).toContain(field);
  });
});

describe("centre schemas", () => {
  it("normalises the postcode and refuses a wrong one", () => {
    const base = { naam: "Wijkpunt", straat: "Markt 1", postcode: "2611gn", plaats: "Delft", wijk: "Centrum", telefoon: "015 123 4567", email: "Wijk@Delft.example" };
    expect(centreSchema.parse(base)).toMatchObject({ postcode: "2611 GN", email: "wijk@delft.example" });
    expect(centreSchema.safeParse({ ...base, postcode: "261 GN" }).success).toBe(false);
  });
  it("checks closed days", () => {
    expect(closedDaySchema.safeParse({ datum: "2026-12-25", reden: "Kerst" }).success).toBe(true);
    expect(closedDaySchema.safeParse({ datum: "2026-02-30", reden: "" }).success).toBe(false);
  });
  it("makes a slug", () => {
    expect(centreSlug("delft", "Wijkpunt Hof van Delft!")).toBe("delft-wijkpunt-hof-van-delft");
  });
});
