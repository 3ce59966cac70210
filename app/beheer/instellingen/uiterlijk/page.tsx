import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChooseMunicipalityFirst, MunicipalityFilter } from "@/components/admin/municipality-filter";
import { link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { chosenMunicipality } from "@/lib/server/admin/chosen-municipality";
import { listSettingHistory } from "@/lib/server/municipalities/settings";
import { getLookView } from "@/lib/server/theme/manage-look";
import { LOGO_MAX_BYTES } from "@/lib/server/theme/logo-image";
import { COLOR_LABELS, DEFAULT_THEME, FONT_LABELS, PRESETS, THEME_COLOR_KEYS, readTheme } from "@/lib/theme/theme";
import { saveLogoAction, saveThemeAction } from "./actions";
import { LogoForm, ThemeForms } from "./look-forms";
import { SettingsHistoryTable } from "@/components/admin/settings-history-table";

export const metadata: Metadata = { title: "Uiterlijk" };
export const dynamic = "force-dynamic";

function themeText(value: unknown): string {
  if (value === null || value === undefined) return "standaard uiterlijk";
  const t = readTheme(value);
  const name = PRESETS.find((p) => p.key === t.source)?.label ?? "eigen thema";
  return `${name}: ${THEME_COLOR_KEYS.map((k) => `${COLOR_LABELS[k]} ${t.colors[k]}`).join(", ")}; ${FONT_LABELS[t.font]}; afronding ${t.radiusPx}px`;
}

function logoText(value: unknown): string {
  if (!value || typeof value !== "object") return "geen logo";
  const l = value as { alt?: string; width?: number; height?: number; sha256?: string };
  return `“${l.alt ?? ""}”, ${l.width ?? "?"} × ${l.height ?? "?"} px (bestand ${String(l.sha256 ?? "").slice(0, 8)})`;
}

export default async function LookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const { isPlatform, municipalityId, municipalities } = await chosenMunicipality(actor, params);

  if (!municipalityId) return <ChooseMunicipalityFirst title="Uiterlijk" text="Kies een gemeente om het uiterlijk te zien." municipalities={municipalities} action="/beheer/instellingen/uiterlijk" />;

  let view;
  let themeHistory;
  let logoHistory;
  try {
    view = await getLookView({ actor, municipalityId });
    [themeHistory, logoHistory] = await Promise.all([listSettingHistory({ actor, municipalityId, key: "theme", take: 50 }), listSettingHistory({ actor, municipalityId, key: "logo", take: 50 })]);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const current = view.theme ?? DEFAULT_THEME;
  const forPlatform = isPlatform ? municipalityId : null;

  return (
    <div className="space-y-12">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Uiterlijk: {view.municipality.name}</h1>
        <p className="max-w-prose text-lg">
          Het logo en de kleuren die inwoners van uw gemeente zien: op {" "}
          <Link className={link} href={`/${view.municipality.slug}`}>
            uw eigen adres /{view.municipality.slug}
          </Link>
          , bij de vragen, het advies, reserveren, de wachtlijst, op papier en in de pdf. Medewerkers zien altijd het standaard uiterlijk.
        </p>
        <p className="text-lg">
          Nu: <strong>{view.theme ? themeText(view.theme) : "het standaard uiterlijk"}</strong>
        </p>
        <p>
          <Link className={link} href={`/beheer/instellingen${isPlatform ? `?gemeente=${municipalityId}` : ""}`}>
            Terug naar de instellingen
          </Link>
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/instellingen/uiterlijk" /> : null}
      </div>

      <section aria-labelledby="logo-kop" className="space-y-4">
        <h2 id="logo-kop" className="text-2xl font-bold">
          Logo
        </h2>
        <LogoForm action={saveLogoAction.bind(null, forPlatform)} logo={view.logo} maxBytes={LOGO_MAX_BYTES} />
      </section>

      <section aria-labelledby="thema-kop" className="space-y-4">
        <h2 id="thema-kop" className="text-2xl font-bold">
          Kleuren en letters
        </h2>
        <ThemeForms action={saveThemeAction.bind(null, forPlatform)} current={current} />
      </section>

      <section aria-labelledby="geschiedenis" className="space-y-4">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          Geschiedenis
        </h2>
        {[
          { title: "Thema", rows: themeHistory, text: themeText },
          { title: "Logo", rows: logoHistory, text: logoText },
        ].map(({ title, rows, text }) => (
          <div key={title} className="space-y-2">
            <h3 className="text-xl font-bold">{title}</h3>
            <SettingsHistoryTable rows={rows} caption={`Geschiedenis: ${title}`} scrollLabel={`Tabel: geschiedenis van ${title.toLowerCase()}`} value={(v) => text(v)} />
          </div>
        ))}
      </section>
    </div>
  );
}
