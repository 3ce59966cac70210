import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities, type MunicipalityOption } from "./list-municipalities";

export interface ChosenMunicipality {
  isPlatform: boolean;
  /** the municipality the page is about: a municipality administrator's own, or the one a platform administrator chose (?gemeente=); null = not chosen yet */
  municipalityId: string | null;
  /** what a platform administrator can choose from (empty for a municipality administrator) */
  municipalities: MunicipalityOption[];
}

/** The municipality of an administrator's settings page (settings, look, sign-in, local offer): one rule for all of them. */
export async function chosenMunicipality(actor: Actor, params: Record<string, string | string[] | undefined>): Promise<ChosenMunicipality> {
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const municipalityId = isPlatform ? (requested.success ? requested.data : null) : actor.municipalityId;
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  return { isPlatform, municipalityId, municipalities };
}
