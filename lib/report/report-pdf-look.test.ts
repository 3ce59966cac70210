import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { CaseReport } from "./case-report";
import { renderCaseReportPdf } from "./report-pdf";

const report: CaseReport = {
  locale: "nl",
  dir: "ltr",
  reference: "ABCD-1234",
  footer: "Thuis Technologie Verkenner · Kenmerk ABCD-1234",
  pageOf: "Pagina {page} van {total}",
  title: "Verslag van ons gesprek",
  meta: [{ label: "Kenmerk", value: "ABCD1234" }],
  intro: "Dit is het verslag.",
  sections: [{ id: "s", heading: "Wat wij bespraken", blocks: [{ text: ["Een regel."] }] }],
} as unknown as CaseReport;

/** The PDF's text with its (zlib-compressed) streams unpacked, so colours and images can be looked for. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { inflateSync } = await import("node:zlib");
  const raw = pdf.toString("latin1");
  let out = raw;
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      out += inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      /* not compressed, or an image */
    }
  }
  return out;
}

describe("the PDF report in the municipality's look", () => {
  it.each([
    ["default look", undefined, false, "#0a564f"],
    ["a theme and a logo", { primary: "#a3111f", withLogo: true }, true, "#a3111f"],
    ["a theme without a logo", { primary: "#154273", withLogo: false }, false, "#154273"],
  ] as const)("%s", async (_name, spec, hasImage, colour) => {
    const logo = spec?.withLogo ? { data: await sharp({ create: { width: 300, height: 100, channels: 4, background: "#a3111f" } }).png().toBuffer(), width: 300, height: 100, alt: "Logo" } : null;
    const pdf = await renderCaseReportPdf(report, spec ? { primary: spec.primary, logo } : undefined);
    const text = await pdfText(pdf);
    expect(text.startsWith("%PDF")).toBe(true);
    expect(/\/Subtype \/Image/.test(text)).toBe(hasImage);
    // the title's fill colour, as PDF writes it: "r g b scn" with each channel 0..1
    expect(text).toContain(`${[1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255).join(" ")} scn`);
    if (colour !== "#0a564f") expect(text).not.toContain(`${[10, 86, 79].map((c) => c / 255).join(" ")} scn`);
  });
});
