import { describe, expect, it } from "vitest";
import { actionLabel, countPhrase, countPhrases, entityLabel, roleLabel } from "./labels";

describe("actionLabel", () => {
  it.each([
    ["case.view", "Gesprek bekeken"],
    ["case.erase", "Gesprek gewist op verzoek van de inwoner"],
    ["session.revoke", "Sessie beëindigd"],
    ["retention.run", "Oude gegevens opgeruimd (bewaartermijn)"],
    ["unit.returned_damaged", "Exemplaar: andere handeling (unit.returned_damaged)"],
    ["something.new", "Gegevens: andere handeling (something.new)"],
  ])("%s -> %s", (action, expected) => {
    expect(actionLabel(action)).toBe(expected);
  });
});

describe("entityLabel and roleLabel", () => {
  it.each([
    [entityLabel("Case"), "Gesprek"],
    [entityLabel("Session"), "Sessie"],
    [entityLabel("Unknown"), "Unknown"],
    [roleLabel("MUNICIPALITY_ADMIN"), "Beheerder gemeente"],
    [roleLabel("CONSULTANT"), "Wmo-consulent"],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("countPhrase", () => {
  it.each([
    ["notes", 1, "1 notitie"],
    ["notes", 3, "3 notities"],
    ["cases", 0, "0 gesprekken"],
    ["waitlistEntries", 2, "2 inschrijvingen op de wachtlijst"],
    ["unknownKey", 2, "2 × unknownKey"],
  ])("%s %i", (key, n, expected) => {
    expect(countPhrase(key, n)).toBe(expected);
  });

  it("leaves out zero counts and keeps the order", () => {
    expect(countPhrases({ notes: 2, choices: 0, steps: 1 })).toEqual(["2 notities", "1 afspraak"]);
    expect(countPhrases({ cases: 0 })).toEqual([]);
  });
});
