"use client";

import { useActionState, useEffect, useRef } from "react";
import { CodeOnce } from "@/components/admin/code-once";
import { buttonPrimary, buttonSecondary, label } from "@/components/ui/styles";
import { importConfigurationAction, type ImportState } from "./actions";

const SECTIONS: Record<string, string> = {
  gemeente: "Gemeente",
  wmoLoket: "Wmo-loket",
  teksten: "Teksten",
  instellingen: "Instellingen",
  uitleenpunten: "Uitleenpunten",
  aanbod: "Lokaal aanbod",
  inloggen: "Inloggen met het gemeente-account",
  mensen: "Mensen (uitnodigingen)",
};
const KIND = { add: "Nieuw", change: "Gewijzigd", remove: "Weg (uitleenpunt: gesloten)" } as const;

function Plan({ plan, applied }: { plan: NonNullable<ImportState["plan"]>; applied: boolean }) {
  const sections = Object.keys(SECTIONS).filter((s) => plan.changes.some((c) => c.section === s));
  return (
    <section aria-labelledby="plan-titel" className="space-y-4">
      <h2 id="plan-titel" className="text-2xl font-bold">
        {applied ? "Wat er is veranderd" : "Wat er zou veranderen"}: {plan.name} ({plan.slug}){plan.exists ? "" : ", nieuwe gemeente"}
      </h2>
      {plan.changes.length === 0 ? <p className="text-lg">Geen verschillen: het bestand is gelijk aan wat hier al staat. Er verandert niets.</p> : null}
      {sections.map((s) => (
        <div key={s} className="space-y-1">
          <h3 className="text-xl font-bold">{SECTIONS[s]}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {plan.changes
              .filter((c) => c.section === s)
              .map((c) => (
                <li key={`${c.kind}:${c.item}`} className="[overflow-wrap:anywhere]">
                  <strong>{KIND[c.kind]}:</strong> {c.item}
                  {c.fields.length ? ` (${c.fields.join(", ")})` : ""}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {plan.warnings.length ? (
        <div className="space-y-1 rounded-lg border-2 border-warn-700 bg-warn-50 p-4">
          <h3 className="text-xl font-bold text-warn-700">Let op</h3>
          <ul className="list-disc space-y-1 pl-6">
            {plan.warnings.map((w) => (
              <li key={`${w.path}:${w.message}`} className="[overflow-wrap:anywhere]">
                {w.path ? <code className="font-mono">{w.path}</code> : null} {w.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Upload a configuration file, see the dry run, then save it (one transaction). municipalityId null: a new municipality (platform). */
export function ImportForm({ municipalityId }: { municipalityId: string | null }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importConfigurationAction, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.plan || state.applied) top.current?.focus();
  }, [state]);

  return (
    <div className="space-y-6">
      <div ref={top} tabIndex={-1} className="space-y-4">
        <div role="alert">
          {state.message ? (
            <div className="space-y-2 rounded-lg border-2 border-bad-700 bg-bad-50 p-4 text-bad-700">
              <p className="text-lg font-semibold">{state.message}</p>
              {state.problems?.length ? (
                <ul className="list-disc space-y-1 pl-6">
                  {state.problems.map((p) => (
                    <li key={`${p.path}:${p.message}`} className="[overflow-wrap:anywhere]">
                      {p.path ? <code className="font-mono font-semibold">{p.path}</code> : null}
                      {p.path ? ": " : ""}
                      {p.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
        <div role="status">
          {state.applied ? (
            <p className="rounded-lg border-2 border-good-700 bg-good-50 p-4 text-lg font-semibold text-good-700">
              De configuratie is opgeslagen.{state.applied.invitations.length ? " Geef de nieuwe mensen hun code; u ziet de codes maar één keer." : ""}
            </p>
          ) : null}
        </div>
        {state.plan && !state.message ? <Plan plan={state.plan} applied={!!state.applied} /> : null}
        {state.applied?.invitations.map((i) => <CodeOnce key={i.code} name={i.name} email={i.email} code={i.code} link={i.link} expiresAt={i.expiresAt} />)}
        {state.plan && state.text && !state.applied && state.plan.changes.length > 0 ? (
          <form action={action} className="space-y-3">
            {municipalityId ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
            <input type="hidden" name="bestand-tekst" value={state.text} />
            <input type="hidden" name="bestand-naam" value={state.fileName ?? ""} />
            <input type="hidden" name="stap" value="opslaan" />
            <p>Klopt dit? Dan slaat u het nu in één keer op. Gaat er iets mis, dan verandert er niets.</p>
            <button type="submit" className={buttonPrimary} disabled={pending}>
              {pending ? "Bezig met opslaan..." : "Opslaan"}
            </button>
          </form>
        ) : null}
      </div>

      <form action={action} className="max-w-2xl space-y-4" key={state.applied ? "klaar" : "form"}>
        {municipalityId ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
        <input type="hidden" name="stap" value="controleren" />
        <div>
          <label htmlFor="configuratie-bestand" className={`${label} text-lg`}>
            Configuratiebestand (.json)
          </label>
          <p id="configuratie-bestand-uitleg" className="text-base text-muted">
            Eerst ziet u wat er zou veranderen. Er wordt pas iets opgeslagen als u daarna op Opslaan drukt.
          </p>
          <input id="configuratie-bestand" name="bestand" type="file" accept=".json,application/json" aria-describedby="configuratie-bestand-uitleg" className="mt-2 block min-h-11 w-full max-w-full text-base" />
        </div>
        <button type="submit" className={buttonSecondary} disabled={pending}>
          {pending ? "Bezig met controleren..." : "Controleren (proefimport)"}
        </button>
      </form>
    </div>
  );
}
