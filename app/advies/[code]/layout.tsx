import { PausedNotice } from "@/components/lending/paused-notice";
import { LookForRecord } from "@/components/theme/look-for-record";
import { AppError } from "@/lib/errors";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { residentAccessForMunicipality } from "@/lib/server/municipalities/resident-access";

export const dynamic = "force-dynamic";

/**
 * A paused municipality's residents see a message instead of the questions and the advice. An unknown code is
 * left to the page, so this segment's own not-found page (with "Code opnieuw invullen") still shows.
 */
export default async function AssessmentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  let slug: string;
  try {
    slug = (await getAssessmentByCode({ code: (await params).code })).municipality.slug;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return <>{children}</>;
    throw error;
  }
  const access = await residentAccessForMunicipality({ slug });
  if (access && access.state === "paused") return <PausedNotice municipalityName={access.municipalityName} state="paused" wmoDesk={access.wmoDesk} />;
  // in the look of the assessment's municipality (issue 9)
  return (
    <LookForRecord kind="assessment" code={(await params).code}>
      {children}
    </LookForRecord>
  );
}
