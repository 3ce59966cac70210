import { describe, expect, it } from "vitest";
import { localeDirection, parseLocale, resolveLocale } from "./config";
import { formatDate, formatMoney } from "./format";

describe("formatMoney", () => {
  it.each([
    [15, "nl", "€ 15"],
    [1250, "nl", "€ 1.250"],
    [20.6, "nl", "€ 20,60"],
    [15, "en", "€15"],
    [20.6, "en", "€20.60"],
    [15, "tr", "€15"],
    [15, "pl", "15 €"],
  ] as const)("%s in %s is %s", (euro, locale, text) => {
    expect(formatMoney(euro, locale)).toBe(text);
  });
});

describe("formatDate", () => {
  it.each([
    ["2025-12-03", "nl", "3 december"],
    ["2025-12-03", "en", "3 December"],
    ["2025-12-03", "tr", "3 Aralık"],
    ["2025-12-03", "pl", "3 grudnia"],
    ["2025-01-31", "nl", "31 januari"],
  ] as const)("%s in %s is %s", (date, locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });
  it("writes Arabic month names with Latin digits", () => {
    expect(formatDate("2025-12-03", "ar")).toMatch(/^3 .*ديسمبر|^3 .*كانون/);
  });
});

describe("locale choice", () => {
  it.each([
    [{ header: "tr", cookie: "en" }, "tr"],
    [{ header: null, cookie: "ar" }, "ar"],
    [{ header: "xx", cookie: "pl" }, "pl"],
    [{ header: " EN ", cookie: null }, "en"],
    [{}, "nl"],
    [{ cookie: "de" }, "nl"],
  ] as const)("%o speaks %s", (sources, locale) => {
    expect(resolveLocale(sources)).toBe(locale);
  });
  it("only Arabic is right to left", () => {
    expect(localeDirection("ar")).toBe("rtl");
    expect(localeDirection("tr")).toBe("ltr");
    expect(parseLocale("fr")).toBeNull();
  });
});
