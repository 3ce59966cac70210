import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionLabel, countPhrase, countPhrases, entityLabel, roleLabel } from "./labels";

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

describe("every audit action recorded by the code has a Dutch label", () => {
  it("finds a label for each action string in lib/", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "..", "..", "lib");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === "generated") continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")) files.push(full);
      }
    };
    walk(root);
    const actions = new Set<string>();
    for (const file of files) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(/action: "([a-z_]+\.[a-z_.]+)"/g)) actions.add(match[1]!);
      for (const match of fs.readFileSync(file, "utf8").matchAll(/"((?:municipality|catalogue)\.[a-z_]+)"/g)) actions.add(match[1]!);
    }
    expect(actions.size).toBeGreaterThan(30);
    const missing = [...actions].filter((a) => !(a in ACTION_LABELS));
    expect(missing).toEqual([]);
  });
});
