import { fieldError, label } from "@/components/ui/styles";

const ROLE_TEXT: Record<string, string> = {
  CONSULTANT: "Wmo-consulent",
  CENTRE_STAFF: "Medewerker uitleenpunt",
  MUNICIPALITY_ADMIN: "Beheerder van de gemeente",
  PLATFORM_ADMIN: "Platformbeheerder (alle gemeenten)",
  CATALOGUE_EDITOR: "Redacteur van de catalogus",
};

/**
 * The role to give and, for centre staff, the centres: the same two fieldsets in the invitation form and in the form
 * that gives an account waiting for rights its role. `who` is "deze persoon" or the person's name; `idPrefix` keeps ids
 * unique when several forms are on one page.
 */
export function RoleAndCentres({
  who,
  roles,
  centres,
  values,
  error,
  idPrefix,
}: {
  who: string;
  roles: string[];
  centres: { id: string; name: string }[];
  values?: { rol?: string; uitleenpunten: string[] };
  error: (field: string) => string | undefined;
  idPrefix?: string;
}) {
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : name);
  return (
    <>
      <fieldset aria-describedby={error("rol") ? id("rol-fout") : undefined}>
        <legend className={`${label} text-lg`}>Wat gaat {who} doen?</legend>
        <div className="mt-2 space-y-1">
          {roles.map((r) => (
            <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type="radio" name="rol" value={r} defaultChecked={values?.rol === r} className="h-6 w-6 shrink-0 accent-brand-700" aria-invalid={error("rol") ? true : undefined} />
              <span>{ROLE_TEXT[r]}</span>
            </label>
          ))}
        </div>
        {error("rol") ? (
          <p id={id("rol-fout")} className={fieldError}>
            {error("rol")}
          </p>
        ) : null}
      </fieldset>
      {centres.length ? (
        <fieldset aria-describedby={[id("uitleenpunten-uitleg"), error("uitleenpunten") ? id("uitleenpunten-fout") : null].filter(Boolean).join(" ")}>
          <legend className={`${label} text-lg`}>Uitleenpunten</legend>
          <p id={id("uitleenpunten-uitleg")} className="text-base text-muted">
            Alleen voor medewerkers van een uitleenpunt: waar werkt {who}?
          </p>
          <div className="mt-2 space-y-1">
            {centres.map((c) => (
              <label key={c.id} className="flex min-h-11 cursor-pointer items-center gap-3">
                <input type="checkbox" name="uitleenpunten" value={c.id} defaultChecked={values?.uitleenpunten.includes(c.id)} className="h-6 w-6 shrink-0 accent-brand-700" />
                <span>{c.name}</span>
              </label>
            ))}
          </div>
          {error("uitleenpunten") ? (
            <p id={id("uitleenpunten-fout")} className={fieldError}>
              {error("uitleenpunten")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
