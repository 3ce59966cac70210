/**
 * The catalogue editor's form as plain data, and back. Pure (unit-tested in product-form.test.ts).
 *
 * Every form field's name is the path of the value in catalogueProductSchema ("rules.addresses.0.reason"), so a zod
 * issue lands on the field it is about. Rules are rows; one text field per contraindication ("text") becomes `reason`
 * (effect "exclude") or `solution` (effect "condition"). Lists of short texts (notes, needs, checklist) are one per
 * line. What was typed is kept as typed: the values go back into the form when something is wrong.
 */
import type { z } from "zod";
import { catalogueProductSchema, normaliseProduct, type CatalogueProductData } from "./schema";

export type FormValues = Record<string, string | string[]>;

export const ROW_LISTS = ["rules.addresses", "rules.prerequisites", "rules.contraindications", "rules.contextFit", "fundingRoutes"] as const;
export type RowList = (typeof ROW_LISTS)[number];

/** Fields that hold several values (checkboxes). */
export function isMultiField(name: string): boolean {
  return name.endsWith(".when.is") || name.endsWith(".anyOf");
}

const EMPTY_ROW: Record<RowList, FormValues> = {
  "rules.addresses": { difficulty: "", fit: "2", reason: "" },
  "rules.prerequisites": { anyOf: [], reason: "", check: "" },
  "rules.contraindications": { effect: "exclude", "when.code": "", "when.is": [], text: "", check: "" },
  "rules.contextFit": { "when.code": "", "when.is": [], delta: "", reason: "" },
  fundingRoutes: { route: "", costMinEuro: "", costMaxEuro: "", period: "once" },
};

const LINES_FIELDS = ["rules.notes", "needs", "checklist"] as const;

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A product as form values. */
export function productToForm(p: CatalogueProductData): FormValues {
  const v: FormValues = {
    slug: p.slug,
    name: p.name,
    nameInSentence: p.nameInSentence,
    shortDescription: p.shortDescription,
    domain: p.domain,
    iso9999Code: p.iso9999Code,
    iso9999Edition: p.iso9999Edition,
    icfCodes: p.icfCodes.join(" "),
    priceMinEuro: str(p.priceMinEuro),
    priceMaxEuro: str(p.priceMaxEuro),
    pricePeriod: p.pricePeriod,
    priceNote: p.priceNote,
    lendable: p.lendable ? "on" : "",
    loanPeriodDays: str(p.loanPeriodDays),
    maxExtensions: str(p.maxExtensions),
    maxLoanDays: str(p.maxLoanDays),
    isMonitoring: p.isMonitoring ? "on" : "",
    monitoringRecords: str(p.monitoringRecords),
    monitoringWhoSees: str(p.monitoringWhoSees),
    monitoringHowToStop: str(p.monitoringHowToStop),
    imagePath: p.imagePath,
    imageAlt: p.imageAlt,
    supplier: p.supplier,
    "rules.notes": p.rules.notes.join("\n"),
    needs: p.needs.join("\n"),
    checklist: p.checklist.join("\n"),
  };
  p.rules.addresses.forEach((a, i) => Object.assign(v, { [`rules.addresses.${i}.difficulty`]: a.difficulty, [`rules.addresses.${i}.fit`]: str(a.fit), [`rules.addresses.${i}.reason`]: a.reason }));
  p.rules.prerequisites.forEach((r, i) => Object.assign(v, { [`rules.prerequisites.${i}.anyOf`]: [...r.anyOf], [`rules.prerequisites.${i}.reason`]: r.reason, [`rules.prerequisites.${i}.check`]: r.check }));
  p.rules.contraindications.forEach((c, i) =>
    Object.assign(v, {
      [`rules.contraindications.${i}.effect`]: c.effect,
      [`rules.contraindications.${i}.when.code`]: c.when.code,
      [`rules.contraindications.${i}.when.is`]: c.when.is.map(String),
      [`rules.contraindications.${i}.text`]: c.effect === "exclude" ? c.reason : c.solution,
      [`rules.contraindications.${i}.check`]: c.check,
    }),
  );
  p.rules.contextFit.forEach((f, i) =>
    Object.assign(v, {
      [`rules.contextFit.${i}.when.code`]: f.when.code,
      [`rules.contextFit.${i}.when.is`]: f.when.is.map(String),
      [`rules.contextFit.${i}.delta`]: str(f.delta),
      [`rules.contextFit.${i}.reason`]: f.reason,
    }),
  );
  p.fundingRoutes.forEach((r, i) =>
    Object.assign(v, {
      [`fundingRoutes.${i}.route`]: r.route,
      [`fundingRoutes.${i}.costMinEuro`]: str(r.costMinEuro),
      [`fundingRoutes.${i}.costMaxEuro`]: str(r.costMaxEuro),
      [`fundingRoutes.${i}.period`]: r.period,
    }),
  );
  return v;
}

/**
 * The form of a NEW product: sensible defaults (edition 2022, once, lendable for 4 weeks) and one empty row for what
 * it helps with (a product helps with at least one difficulty). `start` fills in what is already known (a supplier's
 * submission).
 */
export function newProductForm(start: Partial<Record<string, string>> = {}): FormValues {
  const v: FormValues = {
    slug: "",
    name: "",
    nameInSentence: "",
    shortDescription: "",
    domain: "",
    iso9999Code: "",
    iso9999Edition: "2022",
    icfCodes: "",
    priceMinEuro: "",
    priceMaxEuro: "",
    pricePeriod: "once",
    priceNote: "",
    lendable: "on",
    loanPeriodDays: "28",
    maxExtensions: "1",
    maxLoanDays: "91",
    isMonitoring: "",
    monitoringRecords: "",
    monitoringWhoSees: "",
    monitoringHowToStop: "",
    imagePath: "",
    imageAlt: "",
    supplier: "",
    "rules.notes": "",
    needs: "",
    checklist: "",
  };
  for (const [key, value] of Object.entries(EMPTY_ROW["rules.addresses"])) v[`rules.addresses.0.${key}`] = value;
  for (const [key, value] of Object.entries(start)) if (value !== undefined) v[key] = value;
  return v;
}

/** A slug made from a name: "Slimme deurbel Ü-2" -> "slimme-deurbel-u-2". */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** The submitted form as values (checkbox groups as lists); the action's own fields (intent, why) are left out. */
export function formDataToValues(form: FormData, skip: readonly string[] = ["intent", "why"]): FormValues {
  const v: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$") || skip.includes(key)) continue;
    const all = form.getAll(key).map((x) => (typeof x === "string" ? x : ""));
    v[key] = isMultiField(key) ? all : (all[0] ?? "");
  }
  return v;
}

/** The row numbers a list has in the form, in order. */
export function rowIndexes(values: FormValues, list: RowList): number[] {
  const re = new RegExp(`^${list.replace(".", "\\.")}\\.(\\d+)\\.`);
  const set = new Set<number>();
  for (const key of Object.keys(values)) {
    const m = re.exec(key);
    if (m) set.add(Number(m[1]));
  }
  return [...set].sort((a, b) => a - b);
}

/** Renumbers the rows of every list 0..n-1 (after a removal), keeping their order. */
function renumber(values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [k, val] of Object.entries(values)) if (!ROW_LISTS.some((l) => k.startsWith(`${l}.`))) out[k] = val;
  for (const list of ROW_LISTS) {
    rowIndexes(values, list).forEach((old, i) => {
      const prefix = `${list}.${old}.`;
      for (const [k, val] of Object.entries(values)) if (k.startsWith(prefix)) out[`${list}.${i}.${k.slice(prefix.length)}`] = val;
    });
  }
  return out;
}

/** Multi-value fields a row has, so an unticked checkbox group still counts as that row's (empty) field. */
function withEmptyMulti(values: FormValues): FormValues {
  const out = { ...values };
  for (const list of ROW_LISTS) {
    for (const i of rowIndexes(values, list)) {
      for (const [field, empty] of Object.entries(EMPTY_ROW[list])) {
        const key = `${list}.${i}.${field}`;
        if (Array.isArray(empty) && out[key] === undefined) out[key] = [];
      }
    }
  }
  return out;
}

export type RowAction = { kind: "add"; list: RowList } | { kind: "remove"; list: RowList; index: number };

/** Reads the intent of a row button: "add:rules.addresses" or "remove:rules.addresses:2". */
export function parseRowAction(intent: string): RowAction | null {
  const [kind, list, index] = intent.split(":");
  if (!(ROW_LISTS as readonly string[]).includes(list ?? "")) return null;
  if (kind === "add") return { kind, list: list as RowList };
  if (kind === "remove" && index !== undefined && /^\d{1,3}$/.test(index)) return { kind, list: list as RowList, index: Number(index) };
  return null;
}

export function applyRowAction(values: FormValues, action: RowAction): FormValues {
  const base = withEmptyMulti(values);
  if (action.kind === "add") {
    const rows = rowIndexes(base, action.list);
    if (rows.length >= 20) return base;
    const next = rows.length ? rows[rows.length - 1]! + 1 : 0;
    const out = { ...base };
    for (const [field, empty] of Object.entries(EMPTY_ROW[action.list])) out[`${action.list}.${next}.${field}`] = Array.isArray(empty) ? [] : empty;
    return renumber(out);
  }
  const prefix = `${action.list}.${action.index}.`;
  return renumber(Object.fromEntries(Object.entries(base).filter(([k]) => !k.startsWith(prefix))));
}

const one = (values: FormValues, key: string): string => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
const many = (values: FormValues, key: string): string[] => {
  const v = values[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
/** A number as typed: empty stays undefined (the schema says it is missing), anything else not a number stays text. */
const num = (s: string): number | string | undefined => {
  const t = s.trim().replace(",", ".");
  if (t === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const contextValue = (s: string): unknown => (s === "true" ? true : s === "false" ? false : s);

/** The form values as input for catalogueProductSchema (not yet validated). */
export function formToInput(values: FormValues): unknown {
  const g = (k: string) => one(values, k);
  const rows = (list: RowList) => rowIndexes(values, list);
  return {
    slug: g("slug"),
    name: g("name"),
    nameInSentence: g("nameInSentence"),
    shortDescription: g("shortDescription"),
    domain: g("domain"),
    iso9999Code: g("iso9999Code").trim().replace(/\s+/g, " "),
    iso9999Edition: g("iso9999Edition"),
    icfCodes: g("icfCodes").split(/[\s,]+/).filter(Boolean),
    priceMinEuro: num(g("priceMinEuro")),
    priceMaxEuro: num(g("priceMaxEuro")),
    pricePeriod: g("pricePeriod"),
    priceNote: g("priceNote"),
    needs: lines(g("needs")),
    isMonitoring: g("isMonitoring") === "on",
    monitoringRecords: g("monitoringRecords").trim() || null,
    monitoringWhoSees: g("monitoringWhoSees").trim() || null,
    monitoringHowToStop: g("monitoringHowToStop").trim() || null,
    imagePath: g("imagePath").trim(),
    imageAlt: g("imageAlt"),
    lendable: g("lendable") === "on",
    loanPeriodDays: num(g("loanPeriodDays")),
    maxExtensions: num(g("maxExtensions")),
    maxLoanDays: num(g("maxLoanDays")),
    checklist: lines(g("checklist")),
    fundingRoutes: rows("fundingRoutes").map((i) => ({
      route: g(`fundingRoutes.${i}.route`),
      costMinEuro: num(g(`fundingRoutes.${i}.costMinEuro`)) ?? null,
      costMaxEuro: num(g(`fundingRoutes.${i}.costMaxEuro`)) ?? null,
      period: g(`fundingRoutes.${i}.period`),
    })),
    supplier: g("supplier"),
    rules: {
      addresses: rows("rules.addresses").map((i) => ({
        difficulty: g(`rules.addresses.${i}.difficulty`),
        fit: num(g(`rules.addresses.${i}.fit`)),
        reason: g(`rules.addresses.${i}.reason`),
      })),
      prerequisites: rows("rules.prerequisites").map((i) => ({
        anyOf: many(values, `rules.prerequisites.${i}.anyOf`),
        reason: g(`rules.prerequisites.${i}.reason`),
        check: g(`rules.prerequisites.${i}.check`),
      })),
      contraindications: rows("rules.contraindications").map((i) => {
        const effect = g(`rules.contraindications.${i}.effect`);
        const when = { code: g(`rules.contraindications.${i}.when.code`), is: many(values, `rules.contraindications.${i}.when.is`).map(contextValue) };
        const text = g(`rules.contraindications.${i}.text`);
        const check = g(`rules.contraindications.${i}.check`);
        return effect === "condition" ? { effect, when, solution: text, check } : { effect, when, reason: text, check };
      }),
      contextFit: rows("rules.contextFit").map((i) => ({
        when: { code: g(`rules.contextFit.${i}.when.code`), is: many(values, `rules.contextFit.${i}.when.is`).map(contextValue) },
        delta: num(g(`rules.contextFit.${i}.delta`)),
        reason: g(`rules.contextFit.${i}.reason`),
      })),
      notes: lines(g("rules.notes")),
    },
  };
}

/** Dutch for zod's own (English) messages; our schema's Dutch messages are kept. */
function dutch(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid|Too|Expected|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "number" || issue.expected === "int" ? "Vul een getal in." : "Vul dit in.";
    case "too_small":
      return issue.origin === "array" ? "Kies er minstens één." : issue.origin === "string" ? "Vul dit in." : `Dit getal is te laag (minstens ${String(issue.minimum)}).`;
    case "too_big":
      return issue.origin === "string" ? `Dit is te lang (hooguit ${String(issue.maximum)} tekens).` : issue.origin === "array" ? "Dit zijn er te veel." : `Dit getal is te hoog (hooguit ${String(issue.maximum)}).`;
    case "invalid_value":
    case "invalid_union":
      return "Kies een van de mogelijkheden.";
    case "invalid_format":
      return "Dit heeft niet de goede vorm.";
    default:
      return "Dit klopt niet.";
  }
}

/** The form field a schema path belongs to. */
export function fieldForPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const key = parts.join(".");
  if (/^rules\.contraindications\.\d+\.(reason|solution)$/.test(key)) return key.replace(/(reason|solution)$/, "text");
  if (/^rules\.contraindications\.\d+\.effect$/.test(key)) return key;
  for (const f of LINES_FIELDS) if (key.startsWith(`${f}.`)) return f;
  if (key.startsWith("icfCodes.")) return "icfCodes";
  if (/\.when\.is\.\d+$/.test(key)) return key.replace(/\.\d+$/, "");
  if (/\.anyOf\.\d+$/.test(key)) return key.replace(/\.\d+$/, "");
  return key;
}

export type FieldErrors = Record<string, string[]>;

export type ParsedForm = { ok: true; product: CatalogueProductData } | { ok: false; errors: FieldErrors };

/** Validates the form with the one product schema; errors keyed by form field, in Dutch. */
export function parseProductForm(values: FormValues): ParsedForm {
  const parsed = catalogueProductSchema.safeParse(formToInput(values));
  if (parsed.success) return { ok: true, product: normaliseProduct(parsed.data) };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldForPath(issue.path);
    (errors[field] ??= []).push(dutch(issue));
  }
  return { ok: false, errors };
}

/** A product slug as it may appear in the editor's address. */
export const SLUG_IN_URL = /^[a-z0-9]+(-[a-z0-9]+)*$/;
