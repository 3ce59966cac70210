"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { buttonDanger, buttonPrimary, buttonSecondary, card, fieldError, input, label, link } from "@/components/ui/styles";
import { FUNDING_ROUTE_KINDS, FUNDING_ROUTE_LABELS } from "@/lib/catalogue/funding-routes";
import type { ProductPreview, PlaceWithReasons } from "@/lib/catalogue/preview";
import { rowIndexes, type FormValues, type RowList } from "@/lib/catalogue/product-form";
import { IMAGE_PATH_PATTERN, ISO_9999_EDITIONS, PRODUCT_DOMAINS } from "@/lib/catalogue/schema";
import { ALL_DIFFICULTIES, CONTEXT_QUESTIONS } from "@/lib/questions/questionnaire";
import { editProductAction } from "./actions";
import type { EditorMode, EditorState } from "./state";

const DOMAIN_LABELS: Record<(typeof PRODUCT_DOMAINS)[number], string> = {
  huishouden: "Huishouden",
  "wassen-toilet": "Wassen en toilet",
  bewegen: "Bewegen",
  veiligheid: "Veiligheid",
  geheugen: "Geheugen",
  contact: "Contact",
  zien: "Zien en horen",
};
const DIFFICULTY_LABEL = new Map(ALL_DIFFICULTIES.map((d) => [d.code as string, d.label]));
const CONTEXT_OPTIONS = CONTEXT_QUESTIONS.map((q) => ({ code: q.code as string, text: q.question }));
const VALUE_OPTIONS = [
  { value: "true", text: "Ja" },
  { value: "false", text: "Nee" },
  { value: "unknown", text: "Weet ik niet" },
  { value: "none", text: "Spullen op de vloer: nee" },
  { value: "some", text: "Spullen op de vloer: een beetje" },
  { value: "a_lot", text: "Spullen op de vloer: veel" },
];
const PLACE: Record<PlaceWithReasons["place"], string> = { recommended: "aangeraden", excluded: "afgeraden", absent: "niet in het advies" };

const idOf = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

type Ctx = { v: FormValues; errors: Record<string, string[]> };

function one(ctx: Ctx, name: string): string {
  const x = ctx.v[name];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}
function many(ctx: Ctx, name: string): string[] {
  const x = ctx.v[name];
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

function ErrorText({ ctx, name }: { ctx: Ctx; name: string }) {
  const e = ctx.errors[name];
  return e?.length ? (
    <p id={`${idOf(name)}-fout`} className={fieldError}>
      {e.join(" ")}
    </p>
  ) : null;
}

function describedBy(ctx: Ctx, name: string, hint?: string): string | undefined {
  return [hint ? `${idOf(name)}-uitleg` : null, ctx.errors[name]?.length ? `${idOf(name)}-fout` : null].filter(Boolean).join(" ") || undefined;
}

function TextField({ ctx, name, text, hint, multiline, rows = 3, type = "text", inputMode }: { ctx: Ctx; name: string; text: string; hint?: string; multiline?: boolean; rows?: number; type?: "text"; inputMode?: "numeric" }) {
  const id = idOf(name);
  const common = {
    id,
    name,
    defaultValue: one(ctx, name),
    "aria-describedby": describedBy(ctx, name, hint),
    "aria-invalid": ctx.errors[name]?.length ? true : undefined,
    className: input,
  } as const;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {hint ? (
        <p id={`${id}-uitleg`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} inputMode={inputMode} autoComplete="off" />}
      <ErrorText ctx={ctx} name={name} />
    </div>
  );
}

function SelectField({ ctx, name, text, options, hint }: { ctx: Ctx; name: string; text: string; options: { value: string; text: string }[]; hint?: string }) {
  const id = idOf(name);
  const value = one(ctx, name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {hint ? (
        <p id={`${id}-uitleg`} className="text-muted">
          {hint}
        </p>
      ) : null}
      <select id={id} name={name} defaultValue={value} aria-describedby={describedBy(ctx, name, hint)} aria-invalid={ctx.errors[name]?.length ? true : undefined} className={input}>
        {options.some((o) => o.value === value) ? null : <option value="">Kies …</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      <ErrorText ctx={ctx} name={name} />
    </div>
  );
}

function Checkboxes({ ctx, name, text, options }: { ctx: Ctx; name: string; text: string; options: { value: string; text: string }[] }) {
  const chosen = many(ctx, name);
  return (
    <fieldset className="space-y-1" aria-describedby={ctx.errors[name]?.length ? `${idOf(name)}-fout` : undefined}>
      <legend className={label}>{text}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-8 items-start gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.includes(o.value)} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" />
            <span>{o.text}</span>
          </label>
        ))}
      </div>
      <ErrorText ctx={ctx} name={name} />
    </fieldset>
  );
}

function CheckboxField({ ctx, name, text }: { ctx: Ctx; name: string; text: string }) {
  return (
    <div>
      <label className="flex min-h-8 items-start gap-2 font-semibold">
        <input type="checkbox" name={name} defaultChecked={one(ctx, name) === "on"} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" />
        <span>{text}</span>
      </label>
      <ErrorText ctx={ctx} name={name} />
    </div>
  );
}

function Rows({ ctx, list, title, rowTitle, addText, intro, children }: { ctx: Ctx; list: RowList; title: string; rowTitle: string; addText: string; intro?: string; children: (prefix: string, n: number) => React.ReactNode }) {
  const rows = rowIndexes(ctx.v, list);
  return (
    <fieldset className={`${card} min-w-0 space-y-4`}>
      <legend className="px-1 text-xl font-bold">{title}</legend>
      {intro ? <p className="max-w-prose">{intro}</p> : null}
      <ErrorText ctx={ctx} name={list} />
      {rows.length === 0 ? <p>Nog geen regels.</p> : null}
      {rows.map((i, n) => (
        <fieldset key={`${list}.${i}`} className="min-w-0 space-y-3 rounded-lg border-2 border-gray-300 p-3">
          <legend className="px-1 font-bold">
            {rowTitle} {n + 1}
          </legend>
          {children(`${list}.${i}`, n + 1)}
          <button type="submit" name="intent" value={`remove:${list}:${i}`} className={buttonDanger} formNoValidate>
            {rowTitle} {n + 1} weghalen
          </button>
        </fieldset>
      ))}
      <button type="submit" name="intent" value={`add:${list}`} className={buttonSecondary} formNoValidate>
        {addText}
      </button>
    </fieldset>
  );
}

const PERIOD_OPTIONS = [
  { value: "once", text: "Eenmalig" },
  { value: "month", text: "Per maand" },
];
const FIT_OPTIONS = [
  { value: "3", text: "3: gemaakt voor dit probleem" },
  { value: "2", text: "2: helpt duidelijk" },
  { value: "1", text: "1: helpt een beetje" },
];
const EFFECT_OPTIONS = [
  { value: "exclude", text: "Niet aanraden" },
  { value: "condition", text: "Aanraden met oplossing" },
];
const DIFFICULTY_OPTIONS = ALL_DIFFICULTIES.map((d) => ({ value: d.code as string, text: d.label }));
const QUESTION_OPTIONS = CONTEXT_OPTIONS.map((o) => ({ value: o.code, text: o.text }));
const PREREQUISITE_OPTIONS = QUESTION_OPTIONS.filter((o) => o.value !== "home.clutter");

/** "Bij welke vraag? / Bij welk antwoord?": a context condition (`when`) of a rule row. */
function WhenFields({ ctx, prefix }: { ctx: Ctx; prefix: string }) {
  return (
    <>
      <SelectField ctx={ctx} name={`${prefix}.when.code`} text="Bij welke vraag?" options={QUESTION_OPTIONS} />
      <Checkboxes ctx={ctx} name={`${prefix}.when.is`} text="Bij welk antwoord?" options={VALUE_OPTIONS} />
    </>
  );
}

/** Per list of rule rows: the texts around the rows and the fields of one row (names are schema paths). */
const ROW_EDITORS: Record<RowList, { title: string; rowTitle: string; addText: string; intro?: string; fields: (ctx: Ctx, p: string) => React.ReactNode }> = {
  "rules.addresses": {
    title: "Waar helpt het bij?",
    rowTitle: "Probleem",
    addText: "Probleem toevoegen",
    intro: "Kies de problemen uit de vragenlijst waar dit hulpmiddel bij helpt, hoe goed, en waarom.",
    fields: (ctx, p) => (
      <>
        <SelectField ctx={ctx} name={`${p}.difficulty`} text="Probleem" options={DIFFICULTY_OPTIONS} />
        <SelectField ctx={ctx} name={`${p}.fit`} text="Hoe goed past het?" options={FIT_OPTIONS} />
        <TextField ctx={ctx} name={`${p}.reason`} text="Waarom het past (de inwoner leest dit)" multiline rows={2} />
      </>
    ),
  },
  "rules.prerequisites": {
    title: "Wat is er nodig?",
    rowTitle: "Voorwaarde",
    addText: "Voorwaarde toevoegen",
    intro: "Bijvoorbeeld wifi. Het hulpmiddel valt af als geen van de gekozen antwoorden ja is.",
    fields: (ctx, p) => (
      <>
        <Checkboxes ctx={ctx} name={`${p}.anyOf`} text="Minstens één hiervan is ja" options={PREREQUISITE_OPTIONS} />
        <TextField ctx={ctx} name={`${p}.reason`} text="Waarom het nodig is" multiline rows={2} />
        <TextField ctx={ctx} name={`${p}.check`} text="Vraag als de inwoner het niet weet" />
      </>
    ),
  },
  "rules.contraindications": {
    title: "Wanneer niet, of pas na een oplossing?",
    rowTitle: "Bezwaar",
    addText: "Bezwaar toevoegen",
    intro: '"Niet aanraden": het werkt echt niet of is onveilig. "Aanraden met oplossing": het werkt als de inwoner eerst iets regelt.',
    fields: (ctx, p) => (
      <>
        <SelectField ctx={ctx} name={`${p}.effect`} text="Wat gebeurt er?" options={EFFECT_OPTIONS} />
        <WhenFields ctx={ctx} prefix={p} />
        <TextField ctx={ctx} name={`${p}.text`} text='Reden ("Niet voor u, omdat …") of oplossing' multiline rows={3} />
        <TextField ctx={ctx} name={`${p}.check`} text="Vraag als de inwoner het niet weet" />
      </>
    ),
  },
  "rules.contextFit": {
    title: "Past het beter of slechter?",
    rowTitle: "Aanpassing",
    addText: "Aanpassing toevoegen",
    intro: "Een antwoord dat het hulpmiddel beter (plus) of slechter (min) laat passen, van -10 tot 10.",
    fields: (ctx, p) => (
      <>
        <WhenFields ctx={ctx} prefix={p} />
        <TextField ctx={ctx} name={`${p}.delta`} text="Punten erbij of eraf" inputMode="numeric" />
        <TextField ctx={ctx} name={`${p}.reason`} text="Waarom" multiline rows={2} />
      </>
    ),
  },
  fundingRoutes: {
    title: "Hoe betaalt de inwoner het?",
    rowTitle: "Manier van betalen",
    addText: "Manier van betalen toevoegen",
    fields: (ctx, p) => (
      <>
        <SelectField ctx={ctx} name={`${p}.route`} text="Manier" options={FUNDING_ROUTE_KINDS.map((k) => ({ value: k, text: FUNDING_ROUTE_LABELS[k] }))} />
        <TextField ctx={ctx} name={`${p}.costMinEuro`} text="Laagste kosten in euro" hint="Leeg: vraag naar de prijs." inputMode="numeric" />
        <TextField ctx={ctx} name={`${p}.costMaxEuro`} text="Hoogste kosten in euro" inputMode="numeric" />
        <SelectField ctx={ctx} name={`${p}.period`} text="Kosten per" options={PERIOD_OPTIONS} />
      </>
    ),
  },
};

/** One list of rule rows (add, remove, the fields of each row), drawn from ROW_EDITORS. */
function RuleRows({ ctx, list }: { ctx: Ctx; list: RowList }) {
  const { fields, ...texts } = ROW_EDITORS[list];
  return (
    <Rows ctx={ctx} list={list} {...texts}>
      {(p) => fields(ctx, p)}
    </Rows>
  );
}

function PlaceText({ p }: { p: PlaceWithReasons }) {
  const all = [...p.reasons, ...p.conditions];
  return (
    <>
      <strong>{PLACE[p.place]}</strong>
      {all.length ? (
        <ul className="list-disc pl-6">
          {all.map((r, k) => (
            <li key={k} className="break-words">
              {r}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function PreviewView({ preview }: { preview: ProductPreview }) {
  const gains = preview.changes.filter((c) => c.kind === "gains");
  const loses = preview.changes.filter((c) => c.kind === "loses");
  const other = preview.changes.filter((c) => c.kind === "other");
  const group = (title: string, items: typeof preview.changes) =>
    items.length ? (
      <div className="space-y-2">
        <h3 className="text-xl font-bold">
          {title} ({items.length})
        </h3>
        <ul className="space-y-3">
          {items.map((c) => (
            <li key={c.profileId} className="rounded-lg border-2 border-gray-300 p-3">
              <p className="font-bold">{c.profileName}</p>
              <div className="grid gap-2 sm:grid-cols-2">
                <div>
                  Nu: <PlaceText p={c.before} />
                </div>
                <div>
                  Na de wijziging: <PlaceText p={c.after} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <section aria-labelledby="effect-titel" className={`${card} space-y-4`}>
      <h2 id="effect-titel" className="text-2xl font-bold">
        Effect op het advies
      </h2>
      <p>
        Wij hebben {preview.profilesChecked} voorbeelden van inwoners bekeken. Bij {preview.changes.length} verandert iets voor dit hulpmiddel.
      </p>
      {preview.uncovered.length ? (
        <div className="space-y-2 rounded-lg border-4 border-bad-700 bg-bad-50 p-4 text-bad-700">
          <h3 className="text-xl font-bold">Let op: deze inwoners krijgen dan geen hulpmiddel meer voor hun probleem</h3>
          <ul className="list-disc pl-6">
            {preview.uncovered.map((u) => (
              <li key={`${u.profileId}-${u.difficulty}`}>
                {u.profileName}: niets meer voor &quot;{DIFFICULTY_LABEL.get(u.difficulty) ?? u.difficulty}&quot;
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Iedereen die eerst een hulpmiddel kreeg voor een probleem, krijgt dat daarna ook nog.</p>
      )}
      {preview.changes.length === 0 ? <p>Het advies blijft voor alle voorbeelden hetzelfde.</p> : null}
      {group("Krijgen het hulpmiddel nu wel aangeraden", gains)}
      {group("Krijgen het hulpmiddel niet meer aangeraden", loses)}
      {group("Andere redenen of voorwaarden", other)}
    </section>
  );
}

/** The product image: upload a new one (PNG, JPEG or WebP), or keep the current address; alt text is required. */
function ImageFields({ ctx }: { ctx: Ctx }) {
  const path = one(ctx, "imagePath");
  const fileId = idOf("imageFile");
  const fileError = ctx.errors.imageFile?.length;
  return (
    <div className="space-y-3">
      {IMAGE_PATH_PATTERN.test(path) ? (
        <figure className="space-y-1">
          <img src={path} alt="" width={160} height={120} className="h-24 w-32 rounded-lg border-2 border-gray-300 object-contain" />
          <figcaption className="text-muted">De afbeelding nu.</figcaption>
        </figure>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={fileId} className={label}>
          Nieuwe afbeelding uploaden
        </label>
        <p id={`${fileId}-uitleg`} className="text-muted">
          PNG, JPEG of WebP, hooguit 5 MB, minstens 100 bij 100 pixels. Wij maken er een kleinere kopie van.
        </p>
        <input
          id={fileId}
          name="imageFile"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={`${fileId}-uitleg${fileError ? ` ${fileId}-fout` : ""}`}
          aria-invalid={fileError ? true : undefined}
          className={`${input} min-h-11`}
        />
        <ErrorText ctx={ctx} name="imageFile" />
      </div>
      <TextField ctx={ctx} name="imagePath" text="Adres van de afbeelding" hint='Komt vanzelf na uploaden. Of een bestand onder /public, bijvoorbeeld "/products/robotstofzuiger.svg".' />
    </div>
  );
}

/** The product editor: "edit" changes a product of the catalogue, "new" adds one (its slug is typed here). */
export function ProductEditor({ initialValues, mode = "edit", submissionId }: { initialValues: FormValues; mode?: EditorMode; submissionId?: string }) {
  const [state, action, pending] = useActionState<EditorState, FormData>(editProductAction, { seq: 0, values: initialValues, why: "" });
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0 && (state.message || state.ok)) top.current?.focus();
  }, [state]);
  const ctx: Ctx = { v: state.values, errors: state.errors ?? {} };

  return (
    <div className="space-y-6">
      <div ref={top} tabIndex={-1} id="melding" className="space-y-2">
        <div role="alert">{state.message ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 text-lg font-semibold text-bad-700">{state.message}</p> : null}</div>
        <div role="status">
          {state.ok ? (
            <div className="space-y-2 rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">
              <p>{state.ok}</p>
              {state.created ? (
                <p>
                  <Link href={`/beheer/catalogus/hulpmiddel/${state.created}`} className={link}>
                    Verder met {one(ctx, "name") || "het nieuwe hulpmiddel"}
                  </Link>
                </p>
              ) : null}
              {state.savedIn ? (
                <p>
                  <Link href={`/beheer/catalogus?versie=${state.savedIn}#verschillen`} className={link}>
                    Naar concept versie {state.savedIn} om te publiceren
                  </Link>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>

      {state.preview ? <PreviewView preview={state.preview} /> : null}

      <form key={state.seq} action={action} noValidate className="space-y-6">
        <input type="hidden" name="mode" value={mode} />
        {submissionId ? <input type="hidden" name="submission" value={submissionId} /> : null}
        {mode === "edit" ? <input type="hidden" name="slug" value={one(ctx, "slug")} /> : null}
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="preview" className={buttonPrimary} disabled={pending}>
            Bekijk het effect
          </button>
        </div>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Naam en uitleg</legend>
          <TextField ctx={ctx} name="name" text="Naam" />
          {mode !== "edit" ? (
            <TextField ctx={ctx} name="slug" text="Korte naam voor het webadres (slug)" hint="Kleine letters, cijfers en streepjes, bijvoorbeeld slimme-deurbel. Deze kunt u later niet meer veranderen." />
          ) : null}
          <TextField ctx={ctx} name="nameInSentence" text="Naam in een zin" hint='Met lidwoord, bijvoorbeeld "de robotstofzuiger".' />
          <TextField ctx={ctx} name="shortDescription" text="Korte uitleg (taalniveau B1)" hint="Eén of twee korte zinnen." multiline />
          <SelectField ctx={ctx} name="domain" text="Onderwerp" options={PRODUCT_DOMAINS.map((d) => ({ value: d, text: DOMAIN_LABELS[d] }))} />
          <TextField ctx={ctx} name="iso9999Code" text="ISO 9999-code" hint='Klasse en subklasse, eventueel divisie: bijvoorbeeld "15 12" of "18 18 06".' />
          <SelectField ctx={ctx} name="iso9999Edition" text="ISO 9999-editie" options={ISO_9999_EDITIONS.map((e) => ({ value: e, text: e }))} />
          <TextField ctx={ctx} name="icfCodes" text="ICF-codes" hint="Met spaties ertussen, bijvoorbeeld d640 b144." />
          <TextField ctx={ctx} name="supplier" text="Leverancier" hint="Leeg laten als het een soort hulpmiddel is en geen merk." />
          <ImageFields ctx={ctx} />
          <TextField ctx={ctx} name="imageAlt" text="Beschrijving van de afbeelding (voor wie niet kan zien)" />
        </fieldset>

        <RuleRows ctx={ctx} list="rules.addresses" />
        <RuleRows ctx={ctx} list="rules.prerequisites" />
        <RuleRows ctx={ctx} list="rules.contraindications" />
        <RuleRows ctx={ctx} list="rules.contextFit" />

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Altijd erbij</legend>
          <TextField ctx={ctx} name="rules.notes" text="Opmerkingen bij het advies" hint="Eén per regel. Bijvoorbeeld: Een elektricien moet hem aansluiten." multiline rows={3} />
          <TextField ctx={ctx} name="needs" text="Wat de inwoner nodig heeft" hint="Eén per regel." multiline rows={3} />
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Prijs en lenen</legend>
          <TextField ctx={ctx} name="priceMinEuro" text="Laagste prijs in euro" inputMode="numeric" />
          <TextField ctx={ctx} name="priceMaxEuro" text="Hoogste prijs in euro" inputMode="numeric" />
          <SelectField ctx={ctx} name="pricePeriod" text="Prijs per" options={PERIOD_OPTIONS} />
          <TextField ctx={ctx} name="priceNote" text="Opmerking bij de prijs" />
          <CheckboxField ctx={ctx} name="lendable" text="Te leen bij een uitleenpunt" />
          <TextField ctx={ctx} name="loanPeriodDays" text="Leenperiode in dagen" inputMode="numeric" />
          <TextField ctx={ctx} name="maxExtensions" text="Hoe vaak verlengen" inputMode="numeric" />
          <TextField ctx={ctx} name="maxLoanDays" text="Langste leentijd in dagen" inputMode="numeric" />
          <TextField ctx={ctx} name="checklist" text="Controlelijst bij uitgeven en terugbrengen" hint="Eén punt per regel." multiline rows={4} />
        </fieldset>

        <RuleRows ctx={ctx} list="fundingRoutes" />

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Legt het iets vast over de inwoner?</legend>
          <CheckboxField ctx={ctx} name="isMonitoring" text="Ja, het legt iets vast (sensor, locatie, camera, pillen)" />
          <TextField ctx={ctx} name="monitoringRecords" text="Wat legt het vast?" hint="Alleen invullen als het iets vastlegt." multiline rows={2} />
          <TextField ctx={ctx} name="monitoringWhoSees" text="Wie ziet dat?" multiline rows={2} />
          <TextField ctx={ctx} name="monitoringHowToStop" text="Hoe stopt de inwoner ermee?" multiline rows={2} />
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Opslaan</legend>
          <div className="space-y-1">
            <label htmlFor="veld-why" className={label}>
              Waarom verandert u dit?
            </label>
            <p id="veld-why-uitleg" className="text-muted">
              Dit komt bij de wijziging in het logboek.
            </p>
            <textarea
              id="veld-why"
              name="why"
              rows={2}
              defaultValue={state.why}
              className={input}
              aria-describedby={ctx.errors.why?.length ? "veld-why-uitleg veld-why-fout" : "veld-why-uitleg"}
              aria-invalid={ctx.errors.why?.length ? true : undefined}
            />
            {ctx.errors.why?.length ? (
              <p id="veld-why-fout" className={fieldError}>
                {ctx.errors.why.join(" ")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="intent" value="preview" className={buttonSecondary} disabled={pending}>
              Bekijk het effect
            </button>
            <button type="submit" name="intent" value="save" className={buttonPrimary} disabled={pending}>
              {mode === "edit" ? "Opslaan in het concept" : "Toevoegen aan het concept"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
