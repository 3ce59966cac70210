/**
 * The PDF report in the resident's language: its labels, footer and page numbers in that language, the letters of
 * Turkish, Polish and Arabic embedded (DejaVu Sans; Helvetica cannot write ş, ł or Arabic),
 * and an Arabic report set right to left.
 */
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { buildCaseReport, type CaseReportInput } from "./case-report";
import { ownDirection, renderCaseReportPdf } from "./report-pdf";

const input: CaseReportInput = {
  reference: "ABCD2345",
  residentName: "Łukasz Şahin",
  consultantName: "Samira El Amrani",
  municipalityName: "Den Haag",
  conversationDay: "2026-11-23",
  retentionDays: 90,
  difficulties: ["housework.vacuuming"],
  notes: [],
  recommendations: [],
  notRecommended: [],
  tips: [],
  choices: [],
  reservations: [],
  steps: [],
  outcomes: [],
  residentResponse: null,
};

/** The PDF's text items in reading order of the content stream, and the names of its fonts. */
async function read(locale: Locale) {
  const pdf = await renderCaseReportPdf(buildCaseReport(input, locale));
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const items = content.items.map((i) => ("str" in i ? i.str : "")).filter(Boolean);
  const fonts = pdf.toString("latin1").match(/\/BaseFont\s*\/[A-Z]{6}\+[A-Za-z-]+|\/BaseFont\s*\/[A-Za-z-]+/g) ?? [];
  return { text: items.join(""), items, fonts: [...new Set(fonts)] };
}

describe("the PDF report in the resident's language", () => {
  it("Turkish: labels and footer in Turkish, ş and ł written with the embedded font", async () => {
    const { text, fonts } = await read("tr");
    expect(text).toContain("Görüşmemizin raporu");
    expect(text).toContain("Łukasz Şahin");
    expect(text).toContain("Sayfa 1 / 2");
    expect(text).toContain("Dosya numarası ABCD-2345");
    expect(text).not.toMatch(/Pagina|Kenmerk|Verslag/);
    expect(fonts.join(" ")).toMatch(/DejaVuSans/);
  });

  it("Polish: the footer's page number", async () => {
    const { text } = await read("pl");
    expect(text).toContain("Strona 1 z 2");
    expect(text).toContain("Sprawozdanie z naszej rozmowy");
  });

  it("Arabic: Arabic glyphs from the embedded font, the Arabic labels, no Dutch", async () => {
    const { text, fonts } = await read("ar");
    // pdf.js reads the shaped glyphs back as Arabic letters (presentation forms or base letters)
    expect(text).toMatch(/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]{3}/);
    expect(text).not.toMatch(/Pagina|Kenmerk|Verslag|gesprek/);
    // the footer: the reference and the page numbers (1 of 2) in Arabic words
    expect(text).toContain("ABCD-2345");
    expect(text).toMatch(/1.*2/);
    expect(fonts.join(" ")).toMatch(/DejaVuSans/);
  });

  it("Dutch stays Dutch", async () => {
    const { text } = await read("nl");
    expect(text).toContain("Verslag van ons gesprek");
    expect(text).toContain("Pagina 1 van 2");
    expect(text).toContain("Thuis Technologie Verkenner · Kenmerk ABCD-2345");
    expect(text).toContain("Łukasz Şahin");
  });
});

describe("ownDirection: typed text keeps its direction in the PDF", () => {
  it.each([
    ["Dochter woont in Delft.", "ltr"],
    ["ابنتي تسكن في دلفت.", "rtl"],
    ["12 — ابنتي", "rtl"],
    ["Łukasz", "ltr"],
    ["123", null],
  ] as const)("%s → %s", (text, dir) => {
    expect(ownDirection(text)).toBe(dir);
  });
});
