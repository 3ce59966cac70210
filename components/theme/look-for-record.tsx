import { getMunicipalityLook, municipalitySlugFor } from "@/lib/server/theme/public-look";
import { MunicipalityFrame } from "./municipality-frame";

/**
 * For a resident page reached by a code (questionnaire, reservation, waiting list, report) or a lending centre:
 * shows it in the look of the municipality the record belongs to. An unknown code shows the page as it is (the page
 * itself answers "not found").
 */
export async function LookForRecord({ kind, code, children }: { kind: Parameters<typeof municipalitySlugFor>[0]; code: string; children: React.ReactNode }) {
  const slug = await municipalitySlugFor(kind, code);
  const look = slug ? await getMunicipalityLook(slug) : null;
  if (!look) return <>{children}</>;
  return <MunicipalityFrame look={look}>{children}</MunicipalityFrame>;
}
