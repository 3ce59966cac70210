import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { renderCaseReportPdf } from "@/lib/report/report-pdf";
import { getReportByCode } from "@/lib/server/cases/get-report-by-code";
import { lookupByCode } from "@/lib/api/rate-limit";
import { pdfLookFor } from "@/lib/server/theme/pdf-look";
import { municipalitySlugFor } from "@/lib/server/theme/public-look";
import { getRequestLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** The resident's copy of the report as an A4 PDF in the resident's language (with the secret code; unknown code -> 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const locale = await getRequestLocale();
    const copy = await lookupByCode(() => getReportByCode({ code, locale }), { mode: "api" });
    // in the look of the report's municipality (issue 9)
    const slug = await municipalitySlugFor("report", copy.code);
    const pdf = await renderCaseReportPdf(copy.report, slug ? await pdfLookFor({ slug }) : undefined);
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": 'attachment; filename="gespreksverslag.pdf"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
