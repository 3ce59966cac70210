import { describe, expect, it } from "vitest";
import { findDuplicates, normaliseName } from "./duplicates";

const CATALOGUE = [
  { slug: "robotstofzuiger", name: "Robotstofzuiger", iso9999Code: "15 12 06", supplier: "" },
  { slug: "slimme-deurbel", name: "Slimme deurbel", iso9999Code: "22 27 12", supplier: "Ring Nederland" },
  { slug: "douchestoel", name: "Douchestoel", iso9999Code: "09 33 03", supplier: "Mobilex" },
];

describe("normaliseName", () => {
  it.each([
    ["Robotstofzuiger", "robotstofzuiger"],
    ["  ROBOTSTOFZUIGER  ", "robotstofzuiger"],
    ["Slimme   deurbel", "slimme deurbel"],
    ["Slimme\tdeurbel\n", "slimme deurbel"],
    ["Douchéstoel", "douchestoel"],
    ["Slimme-deurbel!", "slimme deurbel"],
    ["Ｒｏｂｏｔ", "robot"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe("findDuplicates", () => {
  it.each([
    ["the same name", { name: "Robotstofzuiger", iso9999Code: "12 22", supplier: "X" }, [["robotstofzuiger", ["name"]]]],
    ["the same name with other case, accents and spaces", { name: "  ROBOTSTOFZUÏGER\t", iso9999Code: "12 22", supplier: "" }, [["robotstofzuiger", ["name"]]]],
    ["the same ISO code and supplier", { name: "Deurbel Pro", iso9999Code: "22 27 12", supplier: "ring  nederland" }, [["slimme-deurbel", ["iso-supplier"]]]],
    ["both", { name: "Douchestoel", iso9999Code: "09 33 03", supplier: "MOBILEX" }, [["douchestoel", ["name", "iso-supplier"]]]],
    ["the same ISO code, another supplier", { name: "Deurbel Pro", iso9999Code: "22 27 12", supplier: "Andere BV" }, []],
    ["the same ISO code, no supplier on either side", { name: "Stofzuiger 2", iso9999Code: "15 12 06", supplier: "" }, []],
    ["the same supplier, another ISO code", { name: "Badplank", iso9999Code: "09 33 06", supplier: "Mobilex" }, []],
    ["a name that only contains another", { name: "Robotstofzuiger XL", iso9999Code: "15 12 06", supplier: "Y" }, []],
  ])("%s", (_name, candidate, expected) => {
    expect(findDuplicates(candidate, CATALOGUE).map((d) => [d.slug, d.reasons])).toEqual(expected);
  });
});
