import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { renderCaseReportPdf, reportFileName } from "@/lib/report/report-pdf";
import { getCaseReport } from "@/lib/server/cases/get-case-report";
import { pdfLookFor } from "@/lib/server/theme/pdf-look";

export const dynamic = "force-dynamic";

/** The report as an A4 PDF download for the consultant (own municipality only; others get 404). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ case: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.redirect(new URL("/inloggen", request.url));
  const { case: reference } = await params;
  try {
    const { kase, report } = await getCaseReport({ actor, reference, format: "pdf" });
    // the resident's document: in the municipality's look (issue 9)
    const pdf = await renderCaseReportPdf(report, await pdfLookFor({ id: kase.municipality.id }));
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${reportFileName(kase.reference)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
