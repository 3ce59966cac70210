import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChooseMunicipalityFirst, MunicipalityFilter } from "@/components/admin/municipality-filter";
import { buttonSecondary, input, label } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { chosenMunicipality } from "@/lib/server/admin/chosen-municipality";
import { getSettingsView, listSettingHistory } from "@/lib/server/municipalities/settings";
import { SETTING_INFO, SETTING_KEYS, type SettingKey } from "@/lib/settings/municipality-settings";
import { LEARNING_SETTING_INFO, LEARNING_SETTING_KEY } from "@/lib/settings/learning-setting";
import { saveSettingsAction } from "./actions";
import { SettingsForm } from "./settings-form";
import { SettingsHistoryTable } from "@/components/admin/settings-history-table";

export const metadata: Metadata = { title: "Instellingen" };
export const dynamic = "force-dynamic";

const TEXT_LABELS: Record<string, string> = {
  welcomeText: "Welkomsttekst",
  wmoDeskPhone: "Wmo-loket: telefoon",
  wmoDeskUrl: "Wmo-loket: website",
  wmoDeskHours: "Wmo-loket: bereikbaar",
  privacyContact: "Privacycontact",
  [LEARNING_SETTING_KEY]: LEARNING_SETTING_INFO.label,
};

const OIDC_LABELS: Record<string, string> = {
  "oidc.issuer": "Gemeente-account: identiteitsprovider",
  "oidc.clientId": "Gemeente-account: client-id",
  "oidc.clientSecret": "Gemeente-account: clientgeheim",
  "oidc.claimName": "Gemeente-account: gegeven met groepen",
  "oidc.roleMappings": "Gemeente-account: koppelingen van rollen",
  "oidc.enabled": "Gemeente-account: aan",
  "oidc.passwordSignInDisabled": "Wachtwoord-inloggen uit",
};

const LOOK_LABELS: Record<string, string> = { theme: "Uiterlijk: thema", logo: "Uiterlijk: logo" };

const keyLabel = (key: string) => LOOK_LABELS[key] ?? OIDC_LABELS[key] ?? ((SETTING_KEYS as readonly string[]).includes(key) ? SETTING_INFO[key as SettingKey].label : (TEXT_LABELS[key] ?? key));

function show(value: unknown, key: string): string {
  if (value === null || value === undefined) return (SETTING_KEYS as readonly string[]).includes(key) ? "standaard" : "(leeg)";
  if (typeof value === "number") return `${value} ${(SETTING_KEYS as readonly string[]).includes(key) ? SETTING_INFO[key as SettingKey].unit : ""}`.trim();
  const text = typeof value === "object" ? JSON.stringify(value) : typeof value === "boolean" ? (value ? "ja" : "nee") : String(value);
  return text === "" ? "(leeg)" : text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const { isPlatform, municipalityId, municipalities } = await chosenMunicipality(actor, params);
  const allKeys = [...SETTING_KEYS, ...Object.keys(TEXT_LABELS)];
  const wanted = firstParam(params.instelling);
  const key = wanted && allKeys.includes(wanted) ? wanted : undefined;

  if (!municipalityId) return <ChooseMunicipalityFirst title="Instellingen" text="Kies een gemeente om de instellingen te zien." municipalities={municipalities} action="/beheer/instellingen" />;

  let view;
  let history;
  try {
    view = await getSettingsView({ actor, municipalityId });
    history = await listSettingHistory({ actor, municipalityId, key });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Instellingen: {view.municipality.name}</h1>
        <p className="max-w-prose text-lg">Hier regelt u termijnen en teksten voor uw gemeente zelf. Elke verandering wordt bewaard: u ziet hieronder wie wat wanneer veranderde.</p>
        <p className="text-lg">
          <a className="font-semibold text-brand-800 underline underline-offset-2" href={`/beheer/instellingen/inloggen${isPlatform ? `?gemeente=${municipalityId}` : ""}`}>
            Inloggen met het gemeente-account instellen
          </a>
        </p>
        <p className="text-lg">
          <a className="font-semibold text-brand-800 underline underline-offset-2" href={`/beheer/instellingen/uiterlijk${isPlatform ? `?gemeente=${municipalityId}` : ""}`}>
            Uiterlijk: logo en kleuren
          </a>
        </p>
        <p className="text-lg">
          <a className="font-semibold text-brand-800 underline underline-offset-2" href={`/beheer/gemeenten/${view.municipality.id}/configuratie`}>
            Configuratie exporteren of importeren (naar een andere installatie)
          </a>
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/instellingen" /> : null}
      </div>
      <SettingsForm
        action={saveSettingsAction.bind(null, isPlatform ? municipalityId : null)}
        defaults={view.defaults}
        overrides={view.overrides}
        texts={{ welkomsttekst: view.texts.welcomeText, wmoTelefoon: view.texts.wmoDeskPhone, wmoWebsite: view.texts.wmoDeskUrl, wmoOpeningstijden: view.texts.wmoDeskHours, privacycontact: view.texts.privacyContact }}
      />
      <section aria-labelledby="geschiedenis" className="space-y-4">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          Geschiedenis
        </h2>
        <form method="get" action="/beheer/instellingen" className="flex flex-wrap items-end gap-3">
          {isPlatform ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
          <div className="min-w-0 flex-1 sm:max-w-xs">
            <label className={label} htmlFor="instelling">
              Instelling
            </label>
            <select id="instelling" name="instelling" className={input} defaultValue={key ?? ""}>
              <option value="">Alle instellingen</option>
              {allKeys.map((k) => (
                <option key={k} value={k}>
                  {keyLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonSecondary}>
            Tonen
          </button>
        </form>
        <SettingsHistoryTable rows={history} caption="Geschiedenis van de instellingen" scrollLabel="Tabel: geschiedenis van de instellingen" setting={keyLabel} value={show} />
      </section>
    </div>
  );
}
