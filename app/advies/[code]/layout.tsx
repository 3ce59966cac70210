import { PausedNotice } from "@/components/lending/paused-notice";
import { residentAccessForMunicipality } from "@/lib/server/municipalities/resident-access";
import { loadAssessment } from "./load";

export const dynamic = "force-dynamic";

/** A paused municipality's residents see a message instead of the questions and the advice. */
export default async function AssessmentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const assessment = await loadAssessment((await params).code);
  const access = await residentAccessForMunicipality({ slug: assessment.municipality.slug });
  if (access && access.state === "paused") return <PausedNotice municipalityName={access.municipalityName} state="paused" wmoDesk={access.wmoDesk} />;
  return <>{children}</>;
}
