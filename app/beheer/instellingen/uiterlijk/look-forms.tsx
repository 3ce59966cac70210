"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonDanger, buttonPrimary, buttonSecondary, fieldError, input, label } from "@/components/ui/styles";
import { COLOR_LABELS, FONT_KEYS, FONT_LABELS, PRESETS, THEME_COLOR_KEYS, type Theme } from "@/lib/theme/theme";
import type { LookFormState } from "./actions";

type Action = (s: LookFormState, f: FormData) => Promise<LookFormState>;

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className={`${fieldError} list-disc space-y-1 pl-6`}>
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

function useFocusOnResult(state: LookFormState) {
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.ok) top.current?.focus();
  }, [state]);
  return top;
}

function Swatches({ theme }: { theme: Theme }) {
  return (
    <span className="inline-flex flex-wrap gap-1" aria-hidden="true">
      {(["primary", "link", "focus", "subtle"] as const).map((k) => (
        <span key={k} className="inline-block h-[1.25em] w-[1.25em] rounded border border-gray-500" style={{ background: theme.colors[k] }} />
      ))}
    </span>
  );
}

export function ThemeForms({ action: save, current }: { action: Action; current: Theme }) {
  const [state, action, pending] = useActionState<LookFormState, FormData>(save, {});
  const top = useFocusOnResult(state);
  const v = state.values;
  const e = state.errors ?? {};
  const contrast = e.contrast;
  return (
    <div className="space-y-10">
      <div ref={top} tabIndex={-1} className="space-y-3">
        <FormMessage state={{ message: state.message, ok: state.ok }} />
        {contrast?.length ? (
          <div className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3">
            <p className="font-semibold">Deze kleuren hebben te weinig contrast (WCAG AA):</p>
            <Errors id="contrast-fouten" messages={contrast} />
          </div>
        ) : null}
      </div>

      <form action={action} noValidate className="space-y-4">
        <input type="hidden" name="stap" value="voorbeeld" />
        <fieldset className="space-y-3">
          <legend className="text-2xl font-bold">Kies een voorbeeldthema</legend>
          <Errors id="voorbeeld-fout" messages={e.voorbeeld} />
          <div className="grid gap-2 sm:grid-cols-2">
            {PRESETS.map((p) => (
              <label key={p.key} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-400 bg-white p-3">
                <input type="radio" name="voorbeeld" value={p.key} defaultChecked={(v?.voorbeeld ?? current.source) === p.key} className="h-6 w-6 shrink-0" />
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{p.label}</span>
                  <Swatches theme={p.theme} />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Dit thema gebruiken
        </button>
      </form>

      <form action={action} noValidate className="space-y-4">
        <input type="hidden" name="stap" value="eigen" />
        <fieldset className="space-y-4">
          <legend className="text-2xl font-bold">Eigen kleuren</legend>
          <p className="max-w-prose">Vul kleuren in als #rrggbb. Wij controleren het contrast voordat wij opslaan (WCAG AA: tekst 4,5 : 1, focusrand en knoprand 3 : 1).</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {THEME_COLOR_KEYS.map((k) => (
              <div key={k} className="space-y-1">
                <label className={label} htmlFor={`kleur-${k}`}>
                  Kleur: {COLOR_LABELS[k]}
                </label>
                <input
                  id={`kleur-${k}`}
                  name={k}
                  className={input}
                  defaultValue={v?.[k] ?? current.colors[k]}
                  maxLength={40}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={e[k] ? true : undefined}
                  aria-describedby={e[k] ? `kleur-${k}-fout` : undefined}
                />
                <Errors id={`kleur-${k}-fout`} messages={e[k]} />
              </div>
            ))}
            <div className="space-y-1">
              <label className={label} htmlFor="font">
                Lettertype
              </label>
              <select id="font" name="font" className={input} defaultValue={v?.font ?? current.font} aria-invalid={e.font ? true : undefined}>
                {FONT_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {FONT_LABELS[k]}
                  </option>
                ))}
              </select>
              <Errors id="font-fout" messages={e.font} />
            </div>
            <div className="space-y-1">
              <label className={label} htmlFor="radiusPx">
                Afronding van knoppen (px, 0 tot en met 24)
              </label>
              <input id="radiusPx" name="radiusPx" inputMode="numeric" className={input} defaultValue={v?.radiusPx ?? String(current.radiusPx)} maxLength={2} aria-invalid={e.radiusPx ? true : undefined} aria-describedby={e.radiusPx ? "radius-fout" : undefined} />
              <Errors id="radius-fout" messages={e.radiusPx} />
            </div>
          </div>
        </fieldset>
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Kleuren controleren en opslaan
        </button>
      </form>

      <form action={action} noValidate className="space-y-4" encType="multipart/form-data">
        <input type="hidden" name="stap" value="tokens" />
        <fieldset className="space-y-3">
          <legend className="text-2xl font-bold">Design tokens van NL Design System</legend>
          <p className="max-w-prose">
            Upload een JSON-bestand met design tokens (de vorm van NL Design System: {"{ \"gemeente\": { \"link\": { \"color\": { \"value\": \"#1a4fd6\" } } } }"}, ook met
            &quot;$value&quot;). Wij gebruiken alleen deze tokens; de rest slaan wij over:
          </p>
          <ul className="list-disc pl-6 font-mono text-base [overflow-wrap:anywhere]">
            <li>*.button.primary-action.background-color, *.button.primary-action.color</li>
            <li>*.document.color, *.document.background-color, *.document.font-family</li>
            <li>*.link.color, *.focus.outline-color, *.color.subtle, *.button.border-radius</li>
          </ul>
          <div className="space-y-1">
            <label className={label} htmlFor="tokensBestand">
              Bestand met design tokens (JSON)
            </label>
            <input id="tokensBestand" name="tokensBestand" type="file" accept="application/json,.json" className={input} aria-invalid={e.tokensBestand ? true : undefined} aria-describedby={e.tokensBestand ? "tokens-fout" : undefined} />
          </div>
          <div className="space-y-1">
            <label className={label} htmlFor="tokensTekst">
              Of plak de tokens hier <span className="font-normal text-muted">(mag leeg blijven)</span>
            </label>
            <textarea id="tokensTekst" name="tokensTekst" rows={5} className={`${input} font-mono`} defaultValue={v?.tokensTekst ?? ""} spellCheck={false} />
          </div>
          <Errors id="tokens-fout" messages={e.tokensBestand} />
        </fieldset>
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Tokens controleren en opslaan
        </button>
      </form>

      <form action={action} noValidate>
        <input type="hidden" name="stap" value="standaard" />
        <button type="submit" className={buttonSecondary} disabled={pending}>
          Terug naar het standaard uiterlijk
        </button>
      </form>
    </div>
  );
}

export function LogoForm({ action: save, logo, maxBytes }: { action: Action; logo: { src: string; alt: string; width: number; height: number } | null; maxBytes: number }) {
  const [state, action, pending] = useActionState<LookFormState, FormData>(save, {});
  const top = useFocusOnResult(state);
  const e = state.errors ?? {};
  return (
    <div className="space-y-4">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ message: state.message, ok: state.ok }} />
      </div>
      {logo ? (
        <div className="space-y-2">
          <p className="font-semibold">Het logo nu:</p>
          <img src={logo.src} alt={logo.alt} width={logo.width} height={logo.height} className="h-auto max-h-16 w-auto max-w-full rounded border border-gray-300 bg-white p-1" />
        </div>
      ) : (
        <p>Er is nog geen logo.</p>
      )}
      <form action={action} noValidate className="space-y-4" encType="multipart/form-data">
        <input type="hidden" name="stap" value="opslaan" />
        <div className="space-y-1">
          <label className={label} htmlFor="logo">
            Logo (PNG, JPEG of WebP, hoogstens {maxBytes / 1024 / 1024} MB){logo ? <span className="font-normal text-muted"> (leeg laten: alleen de tekst veranderen)</span> : null}
          </label>
          <p id="logo-uitleg" className="text-base text-muted">
            Wij maken het logo kleiner als het groter is dan 600 bij 200 pixels. SVG kan niet.
          </p>
          <input id="logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" className={input} aria-describedby={`logo-uitleg${e.logo ? " logo-fout" : ""}`} aria-invalid={e.logo ? true : undefined} />
          <Errors id="logo-fout" messages={e.logo} />
        </div>
        <div className="space-y-1">
          <label className={label} htmlFor="alt">
            Tekst bij het logo (voor wie het niet kan zien)
          </label>
          <p id="alt-uitleg" className="text-base text-muted">
            Bijvoorbeeld: Logo gemeente Delft.
          </p>
          <input id="alt" name="alt" className={input} defaultValue={state.values?.alt ?? logo?.alt ?? ""} maxLength={150} required aria-describedby={`alt-uitleg${e.alt ? " alt-fout" : ""}`} aria-invalid={e.alt ? true : undefined} />
          <Errors id="alt-fout" messages={e.alt} />
        </div>
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Logo opslaan
        </button>
      </form>
      {logo ? (
        <form action={action}>
          <input type="hidden" name="stap" value="verwijderen" />
          <button type="submit" className={buttonDanger} disabled={pending}>
            Logo verwijderen
          </button>
        </form>
      ) : null}
    </div>
  );
}
