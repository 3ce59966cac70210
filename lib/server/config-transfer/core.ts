/**
 * Export and import of one municipality's configuration (the file format: ./schema.ts). No authorization and no
 * "server-only" here: the callers are ./index.ts (which checks the actor first) and the command line
 * (scripts/config-transfer.ts), like lib/invitations/issue.ts.
 *
 * The import compares the file with what is stored and makes a plan (what would be added, changed or removed, per
 * section and item); a dry run shows only that plan. Applying re-makes the plan inside ONE transaction and writes
 * exactly it, so a refused or failing file writes nothing, and importing the same file again finds nothing to do.
 * Matching is by natural keys: the municipality and its centres by slug, products by slug, people by e-mail.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { processLogo, type ProcessedLogo } from "@/lib/server/theme/logo-image";
import { readTheme, type Theme } from "@/lib/theme/theme";
import { issueInvitation } from "@/lib/invitations/issue";
import { readRoleMappings } from "@/lib/schemas/oidc";
import { SETTING_KEYS, readOverrides } from "@/lib/settings/municipality-settings";
import { CONFIG_FORMAT, CONFIG_VERSION, type ConfigFile, type ConfigProblem } from "./schema";

type Client = PrismaClient | Prisma.TransactionClient;

export type Section = "gemeente" | "wmoLoket" | "teksten" | "instellingen" | "uitleenpunten" | "aanbod" | "inloggen" | "mensen" | "uiterlijk";
export const SECTION_LABELS: Record<Section, string> = {
  gemeente: "Gemeente",
  wmoLoket: "Wmo-loket",
  teksten: "Teksten",
  instellingen: "Instellingen",
  uitleenpunten: "Uitleenpunten",
  aanbod: "Lokaal aanbod",
  inloggen: "Inloggen met het gemeente-account",
  mensen: "Mensen (uitnodigingen)",
  uiterlijk: "Uiterlijk (kleuren en logo)",
};

export interface PlanChange {
  section: Section;
  kind: "add" | "change" | "remove";
  /** what it is about: a slug, an e-mail address, a setting */
  item: string;
  /** for "change": the fields that differ */
  fields: string[];
}

export interface ImportPlan {
  slug: string;
  name: string;
  /** false: the import makes a new municipality */
  exists: boolean;
  /** problems that stop the import (nothing is written) */
  errors: ConfigProblem[];
  /** things the import skips or cannot carry over, said out loud */
  warnings: ConfigProblem[];
  changes: PlanChange[];
}

export interface IssuedImportInvitation {
  email: string;
  name: string;
  code: string;
  link: string;
  expiresAt: Date;
}

export interface ConfigAuditEvent {
  action: "configuration.export" | "configuration.import";
  municipalityId: string;
  details: Prisma.InputJsonValue;
}
export type ConfigAuditSink = (tx: Client, event: ConfigAuditEvent) => Promise<void>;

export class ImportRefusedError extends Error {
  constructor(readonly plan: ImportPlan) {
    super("Het bestand is niet geïmporteerd: er zijn fouten gevonden. Er is niets veranderd.");
  }
}

// ---------------------------------------------------------------- export

const bySlug = <T extends { slug: string }>(a: T, b: T) => a.slug.localeCompare(b.slug);

/** The configuration of one municipality as the file's data; null when the id is unknown. */
export async function exportConfiguration(client: Client, municipalityId: string, now = new Date()): Promise<ConfigFile | null> {
  const m = await client.municipality.findUnique({
    where: { id: municipalityId },
    include: {
      centres: { include: { openingHours: true, closedDays: true } },
      offer: { include: { product: { select: { slug: true } } } },
      oidcConfig: true,
      logo: true,
    },
  });
  if (!m) return null;
  const centreSlug = new Map(m.centres.map((c) => [c.id, c.slug]));
  const slugsOf = (ids: string[]) => ids.flatMap((id) => (centreSlug.has(id) ? [centreSlug.get(id)!] : [])).sort();
  const people = await currentPeople(client, m.id, centreSlug);
  const overrides = readOverrides(m.settings);
  return {
    format: CONFIG_FORMAT,
    versie: CONFIG_VERSION,
    geexporteerdOp: now.toISOString(),
    gemeente: { naam: m.name, slug: m.slug, postcodegebieden: [...m.postcodeAreas] },
    wmoLoket: { telefoon: m.wmoDeskPhone, website: m.wmoDeskUrl, openingstijden: m.wmoDeskHours },
    teksten: { welkomsttekst: m.welcomeText, privacycontact: m.privacyContact },
    instellingen: Object.fromEntries(SETTING_KEYS.filter((k) => overrides[k] !== undefined).map((k) => [k, overrides[k]])),
    uitleenpunten: m.centres.sort(bySlug).map((c) => ({
      slug: c.slug,
      naam: c.name,
      straat: c.street,
      postcode: c.postcode,
      plaats: c.city,
      wijk: c.district,
      telefoon: c.phone,
      email: c.email,
      beschrijving: c.description,
      gesloten: c.closedAt !== null,
      openingstijden: sortHours(c.openingHours.map((h) => ({ dag: h.weekday, open: h.opens, dicht: h.closes }))),
      geslotenDagen: c.closedDays.map((d) => ({ datum: d.date, reden: d.reason })).sort((a, b) => a.datum.localeCompare(b.datum)),
    })),
    aanbod: {
      nietAangebodenTonen: m.notOfferedDisplay === "label" ? "label" : "hide",
      producten: m.offer
        .map((o) => ({ product: o.product.slug, aangeboden: o.offered, financiering: o.localFundingNote, leverancier: o.localSupplier, prijsafspraak: o.priceAgreement, notitie: o.localNote }))
        .sort((a, b) => a.product.localeCompare(b.product)),
    },
    inloggen: m.oidcConfig
      ? {
          issuer: m.oidcConfig.issuer,
          clientId: m.oidcConfig.clientId,
          claimNaam: m.oidcConfig.claimName,
          ingeschakeld: m.oidcConfig.enabled,
          wachtwoordUit: m.oidcConfig.passwordSignInDisabled,
          rolKoppelingen: readRoleMappings(m.oidcConfig.roleMappings).map((r) => ({ waarde: r.value, rol: r.role, uitleenpunten: slugsOf(r.centreIds) })),
        }
      : null,
    mensen: [...people.values()].map((p) => ({ email: p.email, naam: p.naam, rol: p.rol, uitleenpunten: p.uitleenpunten })).sort((a, b) => a.email.localeCompare(b.email)),
    uiterlijk: {
      thema: m.theme === null ? null : readTheme(m.theme),
      logo: m.logo ? { png: Buffer.from(m.logo.data).toString("base64"), alt: m.logo.alt } : null,
    },
  };
}

type Person = ConfigFile["mensen"][number];
interface CurrentPerson extends Person {
  source: "account" | "invitation";
}

/**
 * The people of a municipality as invitations-to-be: active password accounts with rights (accounts of the identity
 * provider come back through it) and open invitations; an account wins over an invitation for the same address.
 */
async function currentPeople(client: Client, municipalityId: string, centreSlug: Map<string, string>, now = new Date()): Promise<Map<string, CurrentPerson>> {
  const slugsOf = (ids: string[]) => ids.flatMap((id) => (centreSlug.has(id) ? [centreSlug.get(id)!] : [])).sort();
  const [users, invitations] = await Promise.all([
    client.user.findMany({
      where: { municipalityId, active: true, awaitingRights: false, oidcSubject: null, role: { in: ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"] } },
      select: { email: true, name: true, role: true, centres: { select: { centreId: true } } },
    }),
    client.invitation.findMany({
      where: { municipalityId, usedAt: null, revokedAt: null, expiresAt: { gt: now }, role: { in: ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"] } },
      orderBy: { createdAt: "asc" },
      select: { email: true, name: true, role: true, centreIds: true },
    }),
  ]);
  const out = new Map<string, CurrentPerson>();
  for (const i of invitations) out.set(i.email, { email: i.email, naam: i.name, rol: i.role as Person["rol"], uitleenpunten: slugsOf(i.centreIds), source: "invitation" });
  for (const u of users) out.set(u.email, { email: u.email, naam: u.name, rol: u.role as Person["rol"], uitleenpunten: slugsOf(u.centres.map((c) => c.centreId)), source: "account" });
  return out;
}

function sortHours<T extends { dag: number; open: string }>(hours: T[]): T[] {
  return [...hours].sort((a, b) => a.dag - b.dag || a.open.localeCompare(b.open));
}

// ---------------------------------------------------------------- plan

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldDiff(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => !same(before[k], after[k]));
}

export const SECRET_WARNING = "Het clientgeheim gaat nooit mee in het bestand. Vul het in bij Instellingen, Inloggen met het gemeente-account; tot dan staat dit inloggen uit en blijft inloggen met een wachtwoord aan.";

interface Computed {
  plan: ImportPlan;
  municipalityId: string | null;
  storedSettings: Record<string, unknown>;
  before: { texts: Record<string, string>; settings: Record<string, number | undefined> };
  centres: Map<string, { id: string; municipalityId: string; closedAt: Date | null }>;
  productIds: Map<string, string>;
  secretSet: boolean;
  people: Map<string, CurrentPerson>;
  look: LookPlan;
}

interface LookSummary {
  theme: Theme | null;
  logo: { alt: string; sha256: string; width: number; height: number } | null;
}

/** The look as stored and as the file wants it; the file's logo re-encoded (never stored as it came). */
interface LookPlan {
  before: LookSummary;
  after: LookSummary;
  logo: ProcessedLogo | null;
  themeChanged: boolean;
  logoChanged: boolean;
}

/**
 * Compares the file with what is stored. `targetMunicipalityId`: the municipality the file must be imported into
 * (its slug must be the file's); null: the municipality with the file's slug, or a new one.
 */
async function compute(client: Client, file: ConfigFile, targetMunicipalityId: string | null, now: Date): Promise<Computed> {
  const errors: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  const changes: PlanChange[] = [];
  const slug = file.gemeente.slug;

  const m = targetMunicipalityId
    ? await client.municipality.findUnique({ where: { id: targetMunicipalityId }, include: { oidcConfig: true, logo: { select: { alt: true, sha256: true, width: true, height: true } } } })
    : await client.municipality.findUnique({ where: { slug }, include: { oidcConfig: true, logo: { select: { alt: true, sha256: true, width: true, height: true } } } });
  if (targetMunicipalityId && !m) throw new Error("unknown target municipality");
  if (m && m.slug !== slug) errors.push({ path: "gemeente.slug", message: `Dit bestand is van de gemeente met de korte naam "${slug}". U importeert in "${m.slug}". Gebruik het bestand van deze gemeente.` });

  // gemeente, Wmo-loket, teksten, instellingen
  const wanted = {
    gemeente: { naam: file.gemeente.naam, postcodegebieden: file.gemeente.postcodegebieden },
    wmoLoket: { telefoon: file.wmoLoket.telefoon, website: file.wmoLoket.website, openingstijden: file.wmoLoket.openingstijden },
    teksten: { welkomsttekst: file.teksten.welkomsttekst, privacycontact: file.teksten.privacycontact },
  };
  const overrides = m ? readOverrides(m.settings) : {};
  if (!m) changes.push({ section: "gemeente", kind: "add", item: slug, fields: [] });
  else {
    const current = {
      gemeente: { naam: m.name, postcodegebieden: m.postcodeAreas },
      wmoLoket: { telefoon: m.wmoDeskPhone, website: m.wmoDeskUrl, openingstijden: m.wmoDeskHours },
      teksten: { welkomsttekst: m.welcomeText, privacycontact: m.privacyContact },
    };
    for (const section of ["gemeente", "wmoLoket", "teksten"] as const) {
      const fields = fieldDiff(current[section], wanted[section]);
      if (fields.length) changes.push({ section, kind: "change", item: section === "gemeente" ? slug : SECTION_LABELS[section], fields });
    }
  }
  for (const key of SETTING_KEYS) {
    const b = overrides[key];
    const a = file.instellingen[key];
    if (b === a) continue;
    changes.push({ section: "instellingen", kind: b === undefined ? "add" : a === undefined ? "remove" : "change", item: key, fields: b !== undefined && a !== undefined ? ["waarde"] : [] });
  }

  // uitleenpunten
  const fileSlugs = file.uitleenpunten.map((c) => c.slug);
  const stored = await client.lendingCentre.findMany({
    where: { OR: [{ slug: { in: fileSlugs } }, ...(m ? [{ municipalityId: m.id }] : [])] },
    include: { openingHours: true, closedDays: true },
  });
  const centres = new Map(stored.map((c) => [c.slug, c]));
  file.uitleenpunten.forEach((c, i) => {
    const s = centres.get(c.slug);
    if (!s) {
      changes.push({ section: "uitleenpunten", kind: "add", item: c.slug, fields: [] });
      return;
    }
    if (!m || s.municipalityId !== m.id) {
      errors.push({ path: `uitleenpunten[${i}].slug`, message: `Het uitleenpunt "${c.slug}" bestaat hier al bij een andere gemeente. Geef het in het bestand een andere korte naam.` });
      return;
    }
    const current = {
      naam: s.name, straat: s.street, postcode: s.postcode, plaats: s.city, wijk: s.district, telefoon: s.phone, email: s.email, beschrijving: s.description, gesloten: s.closedAt !== null,
      openingstijden: sortHours(s.openingHours.map((h) => ({ dag: h.weekday, open: h.opens, dicht: h.closes }))),
      geslotenDagen: s.closedDays.map((d) => ({ datum: d.date, reden: d.reason })).sort((a, b) => a.datum.localeCompare(b.datum)),
    };
    const want = { ...c, openingstijden: sortHours(c.openingstijden), geslotenDagen: [...c.geslotenDagen].sort((a, b) => a.datum.localeCompare(b.datum)) };
    const fields = fieldDiff(current, { naam: want.naam, straat: want.straat, postcode: want.postcode, plaats: want.plaats, wijk: want.wijk, telefoon: want.telefoon, email: want.email, beschrijving: want.beschrijving, gesloten: want.gesloten, openingstijden: want.openingstijden, geslotenDagen: want.geslotenDagen });
    if (fields.length) changes.push({ section: "uitleenpunten", kind: "change", item: c.slug, fields });
  });
  if (m) {
    for (const s of stored) {
      if (s.municipalityId === m.id && !fileSlugs.includes(s.slug) && s.closedAt === null) changes.push({ section: "uitleenpunten", kind: "remove", item: s.slug, fields: ["gesloten"] });
    }
  }

  // aanbod
  const products = await client.product.findMany({ where: { slug: { in: file.aanbod.producten.map((p) => p.product) } }, select: { id: true, slug: true } });
  const productIds = new Map(products.map((p) => [p.slug, p.id]));
  if (!m || m.notOfferedDisplay !== file.aanbod.nietAangebodenTonen) changes.push({ section: "aanbod", kind: m ? "change" : "add", item: "niet-aangeboden hulpmiddelen", fields: ["nietAangebodenTonen"] });
  const offerRows = m ? await client.municipalityProduct.findMany({ where: { municipalityId: m.id }, include: { product: { select: { slug: true } } } }) : [];
  const offerBySlug = new Map(offerRows.map((o) => [o.product.slug, o]));
  file.aanbod.producten.forEach((p, i) => {
    if (!productIds.has(p.product)) {
      warnings.push({ path: `aanbod.producten[${i}].product`, message: `Het hulpmiddel "${p.product}" staat niet in de catalogus van deze installatie; het wordt overgeslagen.` });
      return;
    }
    const o = offerBySlug.get(p.product);
    if (!o) return void changes.push({ section: "aanbod", kind: "add", item: p.product, fields: [] });
    const fields = fieldDiff({ aangeboden: o.offered, financiering: o.localFundingNote, leverancier: o.localSupplier, prijsafspraak: o.priceAgreement, notitie: o.localNote }, { aangeboden: p.aangeboden, financiering: p.financiering, leverancier: p.leverancier, prijsafspraak: p.prijsafspraak, notitie: p.notitie });
    if (fields.length) changes.push({ section: "aanbod", kind: "change", item: p.product, fields });
  });
  const wantedProducts = new Set(file.aanbod.producten.map((p) => p.product));
  for (const o of offerRows) if (!wantedProducts.has(o.product.slug)) changes.push({ section: "aanbod", kind: "remove", item: o.product.slug, fields: [] });

  // inloggen (never the secret)
  const oidc = m?.oidcConfig ?? null;
  const secretSet = !!oidc && oidc.clientSecretEncrypted !== "";
  const centreSlugById = new Map(stored.map((c) => [c.id, c.slug]));
  if (file.inloggen) {
    const want = effectiveOidc(file.inloggen, secretSet);
    if (!secretSet && file.inloggen.ingeschakeld) warnings.push({ path: "inloggen", message: SECRET_WARNING });
    if (!oidc) changes.push({ section: "inloggen", kind: "add", item: want.issuer, fields: [] });
    else {
      const current = {
        issuer: oidc.issuer, clientId: oidc.clientId, claimNaam: oidc.claimName, ingeschakeld: oidc.enabled, wachtwoordUit: oidc.passwordSignInDisabled,
        rolKoppelingen: readRoleMappings(oidc.roleMappings).map((r) => ({ waarde: r.value, rol: r.role, uitleenpunten: r.centreIds.flatMap((id) => (centreSlugById.has(id) ? [centreSlugById.get(id)!] : [])).sort() })),
      };
      const fields = fieldDiff(current, { ...want, rolKoppelingen: want.rolKoppelingen.map((r) => ({ ...r, uitleenpunten: [...r.uitleenpunten].sort() })) });
      if (fields.length) changes.push({ section: "inloggen", kind: "change", item: want.issuer, fields });
    }
  } else if (oidc) changes.push({ section: "inloggen", kind: "remove", item: oidc.issuer, fields: [] });

  // mensen: only added (as invitations), never removed; existing accounts keep their rights
  const people = m ? await currentPeople(client, m.id, centreSlugById, now) : new Map<string, CurrentPerson>();
  const elsewhere = new Map(
    (await client.user.findMany({ where: { email: { in: file.mensen.map((p) => p.email) }, active: true }, select: { email: true, municipalityId: true, oidcSubject: true, awaitingRights: true, role: true } })).map((u) => [u.email, u]),
  );
  file.mensen.forEach((p, i) => {
    const account = elsewhere.get(p.email);
    if (account && (!m || account.municipalityId !== m.id)) {
      warnings.push({ path: `mensen[${i}].email`, message: `Er is hier al een account met ${p.email} buiten deze gemeente; deze persoon wordt overgeslagen.` });
      return;
    }
    if (account) {
      const current = people.get(p.email);
      if (!current || current.source !== "account" || current.rol !== p.rol || !same(current.uitleenpunten, [...p.uitleenpunten].sort())) {
        warnings.push({ path: `mensen[${i}]`, message: `${p.email} heeft hier al een account. Een import verandert nooit de rechten van een bestaand account; pas die aan bij Mensen.` });
      }
      return;
    }
    const current = people.get(p.email);
    if (!current) return void changes.push({ section: "mensen", kind: "add", item: p.email, fields: [] });
    const fields = fieldDiff({ naam: current.naam, rol: current.rol, uitleenpunten: current.uitleenpunten }, { naam: p.naam, rol: p.rol, uitleenpunten: [...p.uitleenpunten].sort() });
    if (fields.length) changes.push({ section: "mensen", kind: "change", item: p.email, fields });
  });

  // uiterlijk: the theme as JSON; the logo compared after re-encoding it the way an upload is (same bytes in, same out)
  let logo: ProcessedLogo | null = null;
  if (file.uiterlijk.logo) {
    try {
      logo = await processLogo(Buffer.from(file.uiterlijk.logo.png, "base64"));
    } catch (error) {
      const message = error instanceof Error && "fields" in error ? (Object.values((error as { fields: Record<string, string[]> }).fields)[0]?.[0] ?? error.message) : "Het logo is geen bruikbare afbeelding.";
      errors.push({ path: "uiterlijk.logo.png", message });
    }
  }
  const lookBefore: LookSummary = { theme: m?.theme ? readTheme(m.theme) : null, logo: m?.logo ?? null };
  const lookAfter: LookSummary = {
    theme: file.uiterlijk.thema,
    logo: logo && file.uiterlijk.logo ? { alt: file.uiterlijk.logo.alt, sha256: logo.sha256, width: logo.width, height: logo.height } : null,
  };
  const themeChanged = JSON.stringify(lookBefore.theme) !== JSON.stringify(lookAfter.theme);
  const logoChanged = JSON.stringify(lookBefore.logo) !== JSON.stringify(lookAfter.logo) && !(file.uiterlijk.logo && !logo);
  if (m && (themeChanged || logoChanged)) {
    const fields = [...(themeChanged ? ["thema"] : []), ...(logoChanged ? ["logo"] : [])];
    const kind = !lookBefore.theme && !lookBefore.logo ? "add" : !lookAfter.theme && !lookAfter.logo ? "remove" : "change";
    changes.push({ section: "uiterlijk", kind, item: SECTION_LABELS.uiterlijk, fields: kind === "change" ? fields : [] });
  }

  return {
    look: { before: lookBefore, after: lookAfter, logo, themeChanged, logoChanged },
    plan: { slug, name: file.gemeente.naam, exists: !!m, errors, warnings, changes },
    municipalityId: m?.id ?? null,
    storedSettings: m && m.settings && typeof m.settings === "object" && !Array.isArray(m.settings) ? (m.settings as Record<string, unknown>) : {},
    before: { texts: m ? { welcomeText: m.welcomeText, privacyContact: m.privacyContact, wmoDeskPhone: m.wmoDeskPhone, wmoDeskUrl: m.wmoDeskUrl, wmoDeskHours: m.wmoDeskHours } : {}, settings: overrides },
    centres: new Map(stored.map((c) => [c.slug, { id: c.id, municipalityId: c.municipalityId, closedAt: c.closedAt }])),
    productIds,
    secretSet,
    people,
  };
}

/** Without a stored secret the provider cannot be used: switched off, and password sign-in stays on. */
function effectiveOidc(o: NonNullable<ConfigFile["inloggen"]>, secretSet: boolean) {
  return { ...o, ingeschakeld: o.ingeschakeld && secretSet, wachtwoordUit: o.wachtwoordUit && secretSet };
}

/** The dry run: what the import would add, change or remove. Writes nothing. */
export async function planImport(client: Client, file: ConfigFile, options: { targetMunicipalityId?: string | null; now?: Date } = {}): Promise<ImportPlan> {
  return (await compute(client, file, options.targetMunicipalityId ?? null, options.now ?? new Date())).plan;
}

// ---------------------------------------------------------------- apply

export interface ApplyOptions {
  targetMunicipalityId?: string | null;
  invitedBy: { userId: string; name: string } | null;
  appUrl: string;
  audit: ConfigAuditSink;
  now?: Date;
}

export interface ApplyResult {
  plan: ImportPlan;
  municipalityId: string;
  invitations: IssuedImportInvitation[];
}

/**
 * Applies the file in one transaction: re-makes the plan inside it, refuses (ImportRefusedError, nothing written)
 * when the plan has errors, and writes exactly the plan. Settings and texts that change get a SettingChange row
 * each; the whole import one audit line. New people get an invitation; their one-time codes are returned ONCE.
 */
export async function applyImport(db: PrismaClient, file: ConfigFile, options: ApplyOptions): Promise<ApplyResult> {
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      if (options.targetMunicipalityId) await tx.$queryRaw`SELECT "id" FROM "Municipality" WHERE "id" = ${options.targetMunicipalityId} FOR UPDATE`;
      const c = await compute(tx, file, options.targetMunicipalityId ?? null, now);
      if (c.plan.errors.length) throw new ImportRefusedError(c.plan);
      const has = (section: Section) => c.plan.changes.some((ch) => ch.section === section);
      if (c.plan.changes.length === 0) return { plan: c.plan, municipalityId: c.municipalityId!, invitations: [] };

      // the municipality itself, its texts and settings
      const kept = Object.fromEntries(Object.entries(c.storedSettings).filter(([k]) => !(SETTING_KEYS as readonly string[]).includes(k)));
      const settings = { ...kept, ...Object.fromEntries(SETTING_KEYS.filter((k) => file.instellingen[k] !== undefined).map((k) => [k, file.instellingen[k]])) } as Prisma.InputJsonValue;
      const data = {
        name: file.gemeente.naam,
        postcodeAreas: file.gemeente.postcodegebieden,
        wmoDeskPhone: file.wmoLoket.telefoon,
        wmoDeskUrl: file.wmoLoket.website,
        wmoDeskHours: file.wmoLoket.openingstijden,
        welcomeText: file.teksten.welkomsttekst,
        privacyContact: file.teksten.privacycontact,
        notOfferedDisplay: file.aanbod.nietAangebodenTonen,
        settings,
      };
      const municipalityId = c.municipalityId
        ? (await tx.municipality.update({ where: { id: c.municipalityId }, data })).id
        : (await tx.municipality.create({ data: { ...data, slug: file.gemeente.slug } })).id;
      if (c.municipalityId) {
        const history: Prisma.SettingChangeCreateManyInput[] = [];
        for (const [key, after] of Object.entries({ welcomeText: data.welcomeText, privacyContact: data.privacyContact, wmoDeskPhone: data.wmoDeskPhone, wmoDeskUrl: data.wmoDeskUrl, wmoDeskHours: data.wmoDeskHours })) {
          if (c.before.texts[key] !== after) history.push({ municipalityId, actorId: options.invitedBy?.userId ?? null, key, before: c.before.texts[key], after, at: now });
        }
        for (const key of SETTING_KEYS) {
          const b = c.before.settings[key];
          const a = file.instellingen[key];
          if (b !== a) history.push({ municipalityId, actorId: options.invitedBy?.userId ?? null, key, before: b ?? undefined, after: a ?? undefined, at: now });
        }
        if (history.length) await tx.settingChange.createMany({ data: history });
      }

      // the look: theme and logo, each change in the setting history like a change on the look page
      if (c.look.themeChanged || c.look.logoChanged) {
        const actorId = options.invitedBy?.userId ?? null;
        if (c.look.themeChanged) {
          await tx.municipality.update({ where: { id: municipalityId }, data: { theme: c.look.after.theme === null ? Prisma.DbNull : (c.look.after.theme as Prisma.InputJsonValue) } });
          if (c.municipalityId) await tx.settingChange.create({ data: { municipalityId, actorId, key: "theme", before: (c.look.before.theme ?? undefined) as Prisma.InputJsonValue | undefined, after: (c.look.after.theme ?? undefined) as Prisma.InputJsonValue | undefined, at: now } });
        }
        if (c.look.logoChanged) {
          if (c.look.logo && c.look.after.logo) {
            const data = { mimeType: c.look.logo.mimeType, data: new Uint8Array(c.look.logo.data), width: c.look.logo.width, height: c.look.logo.height, sha256: c.look.logo.sha256, alt: c.look.after.logo.alt };
            await tx.municipalityLogo.upsert({ where: { municipalityId }, create: { municipalityId, ...data }, update: data });
          } else {
            await tx.municipalityLogo.deleteMany({ where: { municipalityId } });
          }
          if (c.municipalityId) await tx.settingChange.create({ data: { municipalityId, actorId, key: "logo", before: c.look.before.logo ?? undefined, after: c.look.after.logo ?? undefined, at: now } });
        }
      }

      // lending centres, their hours and closed days; centres left out of the file are closed (never deleted: history)
      const centreIds = new Map<string, string>();
      for (const [slug, s] of c.centres) if (s.municipalityId === municipalityId) centreIds.set(slug, s.id);
      const centreChanges = new Map(c.plan.changes.filter((ch) => ch.section === "uitleenpunten").map((ch) => [ch.item, ch]));
      for (const f of file.uitleenpunten) {
        const change = centreChanges.get(f.slug);
        if (!change) continue;
        const existing = c.centres.get(f.slug);
        const fields = { name: f.naam, street: f.straat, postcode: f.postcode, city: f.plaats, district: f.wijk, phone: f.telefoon, email: f.email, description: f.beschrijving };
        const closedAt = f.gesloten ? (existing?.closedAt ?? now) : null;
        const id = existing
          ? (await tx.lendingCentre.update({ where: { id: existing.id }, data: { ...fields, closedAt } })).id
          : (await tx.lendingCentre.create({ data: { ...fields, closedAt, slug: f.slug, municipalityId } })).id;
        centreIds.set(f.slug, id);
        if (change.kind === "add" || change.fields.includes("openingstijden")) {
          await tx.openingHours.deleteMany({ where: { centreId: id } });
          if (f.openingstijden.length) await tx.openingHours.createMany({ data: f.openingstijden.map((h) => ({ centreId: id, weekday: h.dag, opens: h.open, closes: h.dicht })) });
        }
        if (change.kind === "add" || change.fields.includes("geslotenDagen")) {
          await tx.closedDay.deleteMany({ where: { centreId: id, date: { notIn: f.geslotenDagen.map((d) => d.datum) } } });
          for (const d of f.geslotenDagen) await tx.closedDay.upsert({ where: { centreId_date: { centreId: id, date: d.datum } }, create: { centreId: id, date: d.datum, reason: d.reden }, update: { reason: d.reden } });
        }
      }
      for (const ch of c.plan.changes) {
        if (ch.section === "uitleenpunten" && ch.kind === "remove") await tx.lendingCentre.update({ where: { slug: ch.item }, data: { closedAt: now } });
      }

      // the local offer
      if (has("aanbod")) {
        for (const ch of c.plan.changes.filter((x) => x.section === "aanbod")) {
          const productId = c.productIds.get(ch.item);
          if (ch.kind === "remove") {
            await tx.municipalityProduct.deleteMany({ where: { municipalityId, product: { slug: ch.item } } });
            continue;
          }
          const p = file.aanbod.producten.find((x) => x.product === ch.item);
          if (!p || !productId) continue;
          const row = { offered: p.aangeboden, localFundingNote: p.financiering, localSupplier: p.leverancier, priceAgreement: p.prijsafspraak, localNote: p.notitie, updatedById: options.invitedBy?.userId ?? null };
          await tx.municipalityProduct.upsert({ where: { municipalityId_productId: { municipalityId, productId } }, create: { ...row, municipalityId, productId }, update: row });
        }
      }

      // sign-in through the municipality's identity provider (the stored secret, if any, stays)
      if (has("inloggen")) {
        if (!file.inloggen) await tx.oidcConfig.deleteMany({ where: { municipalityId } });
        else {
          const o = effectiveOidc(file.inloggen, c.secretSet);
          const row = {
            issuer: o.issuer,
            clientId: o.clientId,
            claimName: o.claimNaam,
            enabled: o.ingeschakeld,
            passwordSignInDisabled: o.wachtwoordUit,
            roleMappings: o.rolKoppelingen.map((r) => ({ value: r.waarde, role: r.rol, centreIds: r.rol === "CENTRE_STAFF" ? r.uitleenpunten.map((s) => centreIds.get(s)!) : [] })) as Prisma.InputJsonValue,
          };
          await tx.oidcConfig.upsert({ where: { municipalityId }, create: { ...row, municipalityId, clientSecretEncrypted: "" }, update: row });
        }
      }

      // people: an invitation for each new or changed one; the codes are shown once
      const invitations: IssuedImportInvitation[] = [];
      for (const ch of c.plan.changes.filter((x) => x.section === "mensen")) {
        const p = file.mensen.find((x) => x.email === ch.item)!;
        const issued = await issueInvitation(tx, {
          email: p.email,
          name: p.naam,
          role: p.rol,
          municipalityId,
          centreIds: p.rol === "CENTRE_STAFF" ? p.uitleenpunten.map((s) => centreIds.get(s)!).filter(Boolean) : [],
          invitedBy: options.invitedBy,
          appUrl: options.appUrl,
          now,
        });
        invitations.push({ email: p.email, name: p.naam, code: issued.code, link: issued.link, expiresAt: issued.expiresAt });
      }

      const count = (kind: PlanChange["kind"]) => c.plan.changes.filter((x) => x.kind === kind).length;
      await options.audit(tx, {
        action: "configuration.import",
        municipalityId,
        details: { slug: file.gemeente.slug, created: !c.municipalityId, counts: { added: count("add"), changed: count("change"), removed: count("remove"), invitations: invitations.length }, sections: [...new Set(c.plan.changes.map((x) => x.section))] },
      });
      return { plan: c.plan, municipalityId, invitations };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
