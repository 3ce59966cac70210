"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary } from "@/components/ui/styles";
import { SETTING_INFO, SETTING_KEYS, type MunicipalitySettings, type SettingsOverrides } from "@/lib/settings/municipality-settings";
import type { SettingsFormState } from "./actions";

export interface SettingsTexts {
  welkomsttekst: string;
  wmoTelefoon: string;
  wmoWebsite: string;
  wmoOpeningstijden: string;
  privacycontact: string;
}

export function SettingsForm({ action: save, defaults, overrides, texts }: { action: (s: SettingsFormState, f: FormData) => Promise<SettingsFormState>; defaults: MunicipalitySettings; overrides: SettingsOverrides; texts: SettingsTexts }) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(save, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.ok) top.current?.focus();
  }, [state]);
  const initial: Record<string, string> = { ...texts, ...Object.fromEntries(SETTING_KEYS.map((k) => [k, overrides[k] === undefined ? "" : String(overrides[k])])) };
  const v = state.values ?? initial;
  const e = (k: string) => state.errors?.[k]?.[0];

  return (
    <form action={action} noValidate className="max-w-3xl space-y-8">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message, ok: state.ok }} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Termijnen</legend>
        <p>Laat een veld leeg om de standaard van deze installatie te gebruiken. De standaard staat bij elk veld.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {SETTING_KEYS.map((k) => (
            <Field
              key={k}
              id={k}
              name={k}
              label={`${SETTING_INFO[k].label} (${SETTING_INFO[k].unit})`}
              hint={`${SETTING_INFO[k].hint} Standaard: ${defaults[k]} ${SETTING_INFO[k].unit}.`}
              defaultValue={v[k]}
              error={e(k)}
              maxLength={10}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Teksten voor inwoners</legend>
        <Field id="welkomsttekst" name="welkomsttekst" label="Welkomsttekst" hint="Inwoners van uw gemeente lezen dit bij de eerste vraag. Schrijf kort en eenvoudig." multiline rows={4} defaultValue={v.welkomsttekst} error={e("welkomsttekst")} maxLength={1000} />
        <Field id="wmoTelefoon" name="wmoTelefoon" label="Wmo-loket: telefoonnummer" type="tel" defaultValue={v.wmoTelefoon} error={e("wmoTelefoon")} maxLength={40} />
        <Field id="wmoWebsite" name="wmoWebsite" label="Wmo-loket: website" hint="Begint met https://" defaultValue={v.wmoWebsite} error={e("wmoWebsite")} maxLength={300} />
        <Field id="wmoOpeningstijden" name="wmoOpeningstijden" label="Wmo-loket: wanneer bereikbaar" defaultValue={v.wmoOpeningstijden} error={e("wmoOpeningstijden")} maxLength={200} />
        <Field id="privacycontact" name="privacycontact" label="Contact voor privacyvragen" hint="Een e-mailadres of telefoonnummer. Inwoners zien dit op de privacypagina." defaultValue={v.privacycontact} error={e("privacycontact")} maxLength={200} />
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig met opslaan …" : "Opslaan"}
      </button>
    </form>
  );
}
