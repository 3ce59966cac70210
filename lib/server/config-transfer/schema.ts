/**
 * The configuration file of one municipality (issue 9): everything a municipality set up itself, as one JSON file
 * that another deployment can import. Pure: the versioned zod schema (Dutch messages), the reader that names the
 * path of every bad field, and nothing that reads the database.
 *
 * Versions: `versie` says which shape the file has. A new OPTIONAL section (for example a theme) is added to the
 * current version without bumping it, so older files stay valid; a change that older files cannot satisfy gets a new
 * version number and a new schema in CONFIG_SCHEMAS, and readConfigFile refuses numbers it does not know.
 * Never in the file: passwords, sessions, the OIDC client secret, residents' data, lending stock.
 */
import { checkContrast, contrastFailureText, themeSchema } from "@/lib/theme/theme";
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { MAPPABLE_ROLES } from "@/lib/schemas/oidc";
import { SETTING_INFO, SETTING_KEYS, type SettingKey } from "@/lib/settings/municipality-settings";

export const CONFIG_FORMAT = "ttv-gemeenteconfiguratie";
export const CONFIG_VERSION = 1;

const text = (max: number) => z.string({ error: "Vul hier tekst in (tussen aanhalingstekens)." }).max(max, { error: `Gebruik hoogstens ${max} tekens.` });
const required = (max: number, what: string) => text(max).trim().min(1, { error: `Vul ${what} in.` });
const slug = z
  .string({ error: "Vul een korte naam in." })
  .min(2, { error: "Gebruik minstens 2 tekens." })
  .max(80, { error: "Gebruik hoogstens 80 tekens." })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Gebruik alleen kleine letters, cijfers en streepjes, zoals den-haag." });
const time = z.string({ error: "Schrijf de tijd als 09:30." }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Schrijf de tijd als 09:30." });
const date = z
  .string({ error: "Schrijf de datum als 2026-12-25." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Schrijf de datum als 2026-12-25." })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: "Deze datum bestaat niet." });
const email = z.string({ error: "Vul een e-mailadres in." }).trim().toLowerCase().max(200, { error: "Gebruik hoogstens 200 tekens." }).pipe(z.email({ error: "Dit is geen e-mailadres." }));
const postcodeArea = z.string({ error: "Schrijf een postcodegebied als 2280 of 2491-2599." }).regex(/^[1-9]\d{3}(-[1-9]\d{3})?$/, { error: "Schrijf een postcodegebied als 2280 of 2491-2599." });

const openingSlot = z.strictObject({ dag: z.number({ error: "Kies een dag: 1 (maandag) tot en met 7 (zondag)." }).int().min(1, { error: "Kies een dag: 1 (maandag) tot en met 7 (zondag)." }).max(7, { error: "Kies een dag: 1 (maandag) tot en met 7 (zondag)." }), open: time, dicht: time }).refine((s) => s.dicht > s.open, { error: "Het uitleenpunt moet later dicht dan open.", path: ["dicht"] });

const centre = z.strictObject({
  slug,
  naam: required(100, "de naam van het uitleenpunt"),
  straat: required(150, "de straat en het huisnummer"),
  postcode: z.string({ error: "Vul een postcode in zoals 2514 JS." }).regex(/^[1-9]\d{3} [A-Z]{2}$/, { error: "Vul een postcode in zoals 2514 JS." }),
  plaats: required(100, "de plaats"),
  wijk: text(100),
  telefoon: text(40),
  email: text(200),
  beschrijving: text(1000).default(""),
  gesloten: z.boolean({ error: "Schrijf true of false." }).default(false),
  openingstijden: z.array(openingSlot).max(30, { error: "Gebruik hoogstens 30 tijden." }).default([]),
  geslotenDagen: z.array(z.strictObject({ datum: date, reden: text(200).default("") })).max(500, { error: "Gebruik hoogstens 500 dagen." }).default([]),
});

const offerProduct = z.strictObject({
  product: slug,
  aangeboden: z.boolean({ error: "Schrijf true of false." }),
  financiering: text(1000).default(""),
  leverancier: text(200).default(""),
  prijsafspraak: text(500).default(""),
  notitie: text(1000).default(""),
});

const roleMapping = z.strictObject({
  waarde: required(200, "de waarde van de groep of rol"),
  rol: z.enum(MAPPABLE_ROLES, { error: "Kies een rol: CONSULTANT, CENTRE_STAFF of MUNICIPALITY_ADMIN." }),
  uitleenpunten: z.array(slug).max(50).default([]),
});

const person = z.strictObject({
  email,
  naam: required(100, "de naam"),
  rol: z.enum(MAPPABLE_ROLES, { error: "Kies een rol: CONSULTANT, CENTRE_STAFF of MUNICIPALITY_ADMIN." }),
  uitleenpunten: z.array(slug).max(50).default([]),
});

const settings = z.strictObject(
  Object.fromEntries(
    SETTING_KEYS.map((k) => {
      const info = SETTING_INFO[k];
      const msg = `${info.label}: een heel getal van ${info.min} tot en met ${info.max} (${info.unit}).`;
      return [k, z.number({ error: msg }).int({ error: msg }).min(info.min, { error: msg }).max(info.max, { error: msg }).optional()];
    }),
  ) as Record<SettingKey, z.ZodOptional<z.ZodNumber>>,
);

export const configFileV1Schema = z
  .strictObject({
    format: z.literal(CONFIG_FORMAT, { error: `Dit is geen configuratiebestand van Thuis Technologie Verkenner (format moet "${CONFIG_FORMAT}" zijn).` }),
    versie: z.literal(1, { error: "Deze versie van het bestand kennen wij niet." }),
    /** informative only; never compared */
    geexporteerdOp: z.string().max(40).optional(),
    gemeente: z.strictObject({
      naam: required(100, "de naam van de gemeente"),
      slug,
      postcodegebieden: z.array(postcodeArea).max(100, { error: "Gebruik hoogstens 100 gebieden." }).default([]),
    }),
    wmoLoket: z.strictObject({
      telefoon: text(40).regex(/^[0-9 +()-]*$/, { error: "Gebruik alleen cijfers, spaties en + - ( )." }).default(""),
      website: text(300).refine((v) => v === "" || /^https:\/\/\S+\.\S+$/.test(v), { error: "Vul een webadres in dat met https:// begint, of laat het leeg." }).default(""),
      openingstijden: text(200).default(""),
    }),
    teksten: z.strictObject({ welkomsttekst: text(1000).default(""), privacycontact: text(200).default("") }),
    instellingen: settings.default({}),
    uitleenpunten: z.array(centre).max(200, { error: "Gebruik hoogstens 200 uitleenpunten." }).default([]),
    aanbod: z.strictObject({
      nietAangebodenTonen: z.enum(["hide", "label"], { error: 'Kies "hide" (niet voorstellen) of "label" (voorstellen met "niet via uw gemeente").' }),
      producten: z.array(offerProduct).max(2000).default([]),
    }),
    inloggen: z
      .strictObject({
        issuer: z.string({ error: "Vul het adres van de identiteitsprovider in." }).max(500).url({ error: "Dit is geen geldig adres." }).refine((v) => v.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(v), { error: "Het adres moet met https:// beginnen." }),
        clientId: required(300, "de client-id"),
        claimNaam: z.string({ error: "Vul de naam van het gegeven met groepen in." }).min(1).max(100).regex(/^[A-Za-z0-9_.:/-]+$/, { error: "Gebruik alleen letters, cijfers en de tekens _ . : / -" }),
        ingeschakeld: z.boolean({ error: "Schrijf true of false." }),
        wachtwoordUit: z.boolean({ error: "Schrijf true of false." }),
        rolKoppelingen: z.array(roleMapping).max(50, { error: "Gebruik hoogstens 50 koppelingen." }).default([]),
      })
      .nullable()
      .default(null),
    mensen: z.array(person).max(1000, { error: "Gebruik hoogstens 1000 mensen." }).default([]),
    /** the municipality's look (lib/theme): colours and font as the theme JSON, and the logo as a base64 PNG */
    uiterlijk: z
      .strictObject({
        thema: themeSchema.nullable().default(null),
        logo: z
          .strictObject({
            png: z
              .string({ error: "Zet het logo als base64-tekst in het bestand." })
              .max(1_500_000, { error: "Het logo is te groot: hoogstens 1 MB." })
              .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: "Het logo is geen geldige base64-tekst." }),
            alt: z.string({ error: "Vul een tekst voor het logo in." }).trim().min(2, { error: "Vul een tekst voor het logo in." }).max(150, { error: "Gebruik hoogstens 150 tekens." }),
          })
          .nullable()
          .default(null),
      })
      .default({ thema: null, logo: null }),
  })
  .superRefine((file, ctx) => {
    // the same WCAG AA check as the look page: a file cannot bring in a theme the administrator could not save
    if (file.uiterlijk.thema) {
      for (const failing of checkContrast(file.uiterlijk.thema).filter((c) => !c.ok)) {
        ctx.addIssue({ code: "custom", path: ["uiterlijk", "thema"], message: contrastFailureText(failing) });
      }
    }
    const centreSlugs = new Set<string>();
    file.uitleenpunten.forEach((c, i) => {
      if (centreSlugs.has(c.slug)) ctx.addIssue({ code: "custom", path: ["uitleenpunten", i, "slug"], message: `Het uitleenpunt "${c.slug}" staat twee keer in het bestand.` });
      centreSlugs.add(c.slug);
      const days = new Set<string>();
      c.geslotenDagen.forEach((d, j) => {
        if (days.has(d.datum)) ctx.addIssue({ code: "custom", path: ["uitleenpunten", i, "geslotenDagen", j, "datum"], message: `${d.datum} staat twee keer bij dit uitleenpunt.` });
        days.add(d.datum);
      });
    });
    const unknownCentre = (list: string[], path: (string | number)[]) =>
      list.forEach((s, k) => {
        if (!centreSlugs.has(s)) ctx.addIssue({ code: "custom", path: [...path, k], message: `Het uitleenpunt "${s}" staat niet bij de uitleenpunten in dit bestand.` });
      });
    const products = new Set<string>();
    file.aanbod.producten.forEach((p, i) => {
      if (products.has(p.product)) ctx.addIssue({ code: "custom", path: ["aanbod", "producten", i, "product"], message: `Het hulpmiddel "${p.product}" staat twee keer in het aanbod.` });
      products.add(p.product);
    });
    file.inloggen?.rolKoppelingen.forEach((m, i) => {
      unknownCentre(m.uitleenpunten, ["inloggen", "rolKoppelingen", i, "uitleenpunten"]);
      if (m.rol === "CENTRE_STAFF" && m.uitleenpunten.length === 0) ctx.addIssue({ code: "custom", path: ["inloggen", "rolKoppelingen", i, "uitleenpunten"], message: "Kies minstens één uitleenpunt voor een medewerker van een uitleenpunt." });
    });
    if (file.inloggen?.wachtwoordUit && !file.inloggen.ingeschakeld) ctx.addIssue({ code: "custom", path: ["inloggen", "wachtwoordUit"], message: "Inloggen met een wachtwoord kan alleen uit als inloggen met het gemeente-account aan staat." });
    const emails = new Set<string>();
    file.mensen.forEach((p, i) => {
      if (emails.has(p.email)) ctx.addIssue({ code: "custom", path: ["mensen", i, "email"], message: `${p.email} staat twee keer bij de mensen.` });
      emails.add(p.email);
      unknownCentre(p.uitleenpunten, ["mensen", i, "uitleenpunten"]);
      if (p.rol === "CENTRE_STAFF" && p.uitleenpunten.length === 0) ctx.addIssue({ code: "custom", path: ["mensen", i, "uitleenpunten"], message: "Kies minstens één uitleenpunt voor een medewerker van een uitleenpunt." });
    });
  });

export type ConfigFile = z.output<typeof configFileV1Schema>;

/** Every schema by its version number; the newest is CONFIG_VERSION. */
export const CONFIG_SCHEMAS = { 1: configFileV1Schema } as const;

export interface ConfigProblem {
  /** where in the file, e.g. "uitleenpunten[0].openingstijden[2].open"; "" for the file as a whole */
  path: string;
  message: string;
}

export type ReadResult = { ok: true; file: ConfigFile } | { ok: false; problems: ConfigProblem[] };

/** "uitleenpunten[0].openingstijden[2].open" from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), "");
}

/** Reads a file's text: JSON, then the schema of its version. Every problem names its path, in Dutch. Pure. */
export function readConfigFile(text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [{ path: "", message: "Dit is geen geldig JSON-bestand. Gebruik het bestand zoals het uit de export kwam." }] };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, problems: [{ path: "", message: "Dit is geen configuratiebestand van Thuis Technologie Verkenner." }] };
  const version = (raw as Record<string, unknown>).versie;
  if (typeof version === "number" && Number.isInteger(version) && version > CONFIG_VERSION) {
    return { ok: false, problems: [{ path: "versie", message: `Dit bestand heeft versie ${version}; deze installatie kent versie ${CONFIG_VERSION}. Werk deze installatie eerst bij.` }] };
  }
  const schema = CONFIG_SCHEMAS[version as keyof typeof CONFIG_SCHEMAS] ?? configFileV1Schema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        path: formatPath(issue.path),
        message: issue.code === "unrecognized_keys" ? `Onbekend veld: ${issue.keys.join(", ")}. Haal het weg of controleer de spelling.` : issue.message,
      })),
    };
  }
  return { ok: true, file: parsed.data };
}

/** The file's text as the export writes it: stable key order, two spaces, a final newline. */
export function writeConfigFile(file: ConfigFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
