import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { recordIdSchema } from "@/lib/schemas/admin";
import { exportMunicipalityConfiguration } from "@/lib/server/config-transfer";

export const dynamic = "force-dynamic";

/** The municipality's configuration as a JSON download (its own administrators and platform administrators; others 404). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.redirect(new URL("/inloggen", request.url));
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "Dit bestaat niet (meer), of het hoort niet bij uw gemeente." }, { status: 404 });
  try {
    const { fileName, text } = await exportMunicipalityConfiguration({ actor, municipalityId: id.data });
    return new NextResponse(text, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
