import "server-only";
import { db } from "@/lib/db";
import type { PdfLook } from "@/lib/report/report-pdf";
import { readTheme } from "@/lib/theme/theme";

/**
 * The look of a municipality for its PDF report: primary colour and logo; undefined when it chose neither (the
 * default look). The caller has already scoped the report to this municipality.
 */
export async function pdfLookFor(where: { id: string } | { slug: string }): Promise<PdfLook | undefined> {
  const m = await db.municipality.findUnique({ where, select: { theme: true, logo: { select: { data: true, width: true, height: true, alt: true, mimeType: true } } } });
  if (!m || (m.theme === null && !m.logo)) return undefined;
  const logo = m.logo && m.logo.mimeType === "image/png" ? { data: Buffer.from(m.logo.data), width: m.logo.width, height: m.logo.height, alt: m.logo.alt } : null;
  return { primary: readTheme(m.theme).colors.primary, logo };
}
