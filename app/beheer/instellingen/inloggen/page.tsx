import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChooseMunicipalityFirst, MunicipalityFilter } from "@/components/admin/municipality-filter";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { chosenMunicipality } from "@/lib/server/admin/chosen-municipality";
import { appUrl } from "@/lib/server/app-url";
import { getOidcConfigView } from "@/lib/server/oidc/config";
import { oidcRedirectUri } from "@/lib/server/oidc/flow";
import { saveOidcAction } from "./actions";
import { OidcForm } from "./oidc-form";

export const metadata: Metadata = { title: "Inloggen met het gemeente-account" };
export const dynamic = "force-dynamic";

export default async function OidcSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const { isPlatform, municipalityId, municipalities } = await chosenMunicipality(actor, params);
  if (!municipalityId) return <ChooseMunicipalityFirst title="Inloggen met het gemeente-account" text="Kies een gemeente." municipalities={municipalities} action="/beheer/instellingen/inloggen" />;
  let view;
  try {
    view = await getOidcConfigView({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const c = view.config;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Inloggen met het gemeente-account: {view.municipality.name}</h1>
        <p className="max-w-prose text-lg">
          Medewerkers loggen dan in met het account van de gemeente (OpenID Connect). Hun account in deze app wordt bij de eerste keer inloggen gemaakt en hoort bij uw gemeente. Veranderingen ziet u in de geschiedenis bij Instellingen.
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/instellingen/inloggen" /> : null}
      </div>
      <OidcForm
        action={saveOidcAction.bind(null, isPlatform ? municipalityId : null)}
        initial={{ issuer: c?.issuer ?? "", clientId: c?.clientId ?? "", claimName: c?.claimName ?? "groups", enabled: c?.enabled ?? true, passwordSignInDisabled: c?.passwordSignInDisabled ?? false, mappings: c?.roleMappings ?? [] }}
        secretSet={c?.secretSet ?? false}
        centres={view.centres}
        redirectUri={oidcRedirectUri(await appUrl(), view.municipality.slug)}
      />
    </div>
  );
}
