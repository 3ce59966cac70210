/**
 * The conversation report (gespreksverslag) as plain data, addressed to the resident ("u"): B1 Dutch for the
 * consultant's workspace, the resident's own language (messages/<locale>/report.json) for the resident's copy and its
 * PDF. Pure: built from a case and its advice, rendered the same way by the workspace page, the resident's copy
 * and the PDF, so all three always say the same. What people typed (notes, agreements, names) stays as typed.
 */
import type { DifficultyCode } from "@/lib/questions/codes";
import { difficultyGroupsIn } from "@/lib/questions/localized";
import { CASE_TOPICS, type Helped, type MonitoringDecision, type OutcomeResult } from "@/lib/schemas/case";
import type { FundingRoute } from "@/lib/catalogue/funding-routes";
import { fundingItem } from "@/components/advice/texts";
import { DEFAULT_LOCALE, localeDirection, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";

export interface CaseReportInput {
  reference: string;
  residentName: string;
  consultantName: string;
  municipalityName: string;
  /** "YYYY-MM-DD" the conversation started */
  conversationDay: string;
  retentionDays: number;
  difficulties: readonly DifficultyCode[];
  notes: readonly { topic: string; text: string }[];
  recommendations: readonly {
    slug: string;
    name: string;
    reasons: readonly string[];
    conditions: readonly string[];
    /** how the resident can pay (Product.fundingRoutes) */
    fundingRoutes: readonly FundingRoute[];
    /** ISO 9999 classification of the product, with the edition */
    iso9999: { code: string; edition: string };
    /** ICF codes of the difficulties the product helps with */
    icfCodes: readonly string[];
  }[];
  notRecommended: readonly { slug: string; name: string; reasons: readonly string[] }[];
  tips: readonly string[];
  /** the published catalogue version the advice came from (named under the advice); absent or null: not named */
  catalogueVersion?: number | null;
  choices: readonly { slug: string; name: string; wantsToTry: boolean; isMonitoring: boolean; monitoringDecision: MonitoringDecision | null }[];
  reservations: readonly { reference: string; productName: string; centreName: string; pickupDate: string; status: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED" }[];
  steps: readonly { text: string; who: string; dueDate: string | null; done: boolean }[];
  outcomes: readonly { productName: string; helped: Helped | null; result: OutcomeResult; why: string }[];
  residentResponse: string | null;
}

export interface ReportList {
  label: string;
  items: string[];
}

export interface ReportBlock {
  /** true when its title and text are what people typed (notes, agreements, the response): shown with their own direction */
  typed?: boolean;
  title?: string;
  /** short paragraphs */
  text?: string[];
  lists?: ReportList[];
}

export interface ReportSection {
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface CaseReport {
  /** the language it is written in, and its direction (the page and the PDF follow it) */
  locale: Locale;
  dir: "ltr" | "rtl";
  title: string;
  /** label / value lines at the top */
  meta: { label: string; value: string }[];
  intro: string;
  sections: ReportSection[];
  /** the case's reference as people read it ("ABCD-2345"), for the PDF's footer */
  reference: string;
  /** the PDF's footer, and its page numbers with "{page}" and "{total}" still to fill in, in this language */
  footer: string;
  pageOf: string;
}

/** "ISO 9999: 22 27 24 (editie 2022)", "ICF: d450, d4600" */
export function productCodeItems(p: { iso9999: { code: string; edition: string }; icfCodes: readonly string[] }, locale: Locale = DEFAULT_LOCALE): string[] {
  const t = translatorFor(locale, "report");
  const items = [t("iso", { code: p.iso9999.code, edition: p.iso9999.edition })];
  if (p.icfCodes.length) items.push(t("icf", { codes: p.icfCodes.join(", ") }));
  return items;
}

/** The reservation code as people read it: "ABCD-1234". */
function readableCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function buildCaseReport(input: CaseReportInput, locale: Locale = DEFAULT_LOCALE): CaseReport {
  const t = translatorFor(locale, "report");
  const day = (d: string) => formatDate(d, locale, "weekdayDayMonthYear");
  /** Classification codes are for the municipality's files; the resident reads plain words above them. */
  const codesLabel = t("codes");
  const groups = difficultyGroupsIn(locale);
  const topicTitle = (id: string) => (CASE_TOPICS.some((c) => c.id === id) ? groups.find((g) => g.id === id)?.title : undefined) ?? t("topicGeneral");
  const wanted = new Map(input.choices.filter((c) => c.wantsToTry).map((c) => [c.slug, c]));
  const bySlug = new Map(input.choices.map((c) => [c.slug, c]));
  const sections: ReportSection[] = [];

  // 1. what is difficult ------------------------------------------------------------------------------
  const all = groups.flatMap((g) => g.difficulties);
  const chosen = input.difficulties.map((code) => all.find((d) => d.code === code)).filter((d) => d !== undefined);
  const labels = chosen.map((d) => d.label);
  const icfItems = chosen.filter((d) => d.icf.length > 0).map((d) => `${d.label}: ${d.icf.join(", ")}`);
  sections.push({
    id: "moeilijk",
    heading: t("difficult.heading"),
    blocks: [
      labels.length
        ? {
            lists: [
              { label: t("difficult.told"), items: labels },
              ...(icfItems.length ? [{ label: t("difficult.icf", { codes: codesLabel }), items: icfItems }] : []),
            ],
          }
        : { text: [t("difficult.none")] },
    ],
  });

  // 2. what was discussed, per topic --------------------------------------------------------------------
  const topics = CASE_TOPICS.map((t) => t.id).filter((id) => input.notes.some((n) => n.topic === id));
  for (const n of input.notes) if (!topics.includes(n.topic)) topics.push(n.topic);
  sections.push({
    id: "besproken",
    heading: t("discussed.heading"),
    blocks: topics.length
      ? topics.map((topic) => ({ title: topicTitle(topic), text: input.notes.filter((n) => n.topic === topic).map((n) => n.text), typed: true }))
      : [{ text: [t("discussed.none")] }],
  });

  // 3. the advice with its reasons ------------------------------------------------------------------------
  sections.push({
    id: "advies",
    heading: t("advice.heading"),
    blocks: input.recommendations.length
      ? input.recommendations.map((r) => {
          const choice = bySlug.get(r.slug);
          const text: string[] = [];
          if (wanted.has(r.slug)) text.push(t("advice.wantsToTry"));
          if (choice?.isMonitoring && choice.monitoringDecision === "agreed") text.push(t("advice.monitoringAgreed"));
          if (choice?.isMonitoring && choice.monitoringDecision === "declined") text.push(t("advice.monitoringDeclined"));
          const lists: ReportList[] = [{ label: t("advice.why"), items: [...r.reasons] }];
          if (r.conditions.length) lists.push({ label: t("advice.check"), items: [...r.conditions] });
          if (r.fundingRoutes.length) lists.push({ label: t("advice.pay"), items: r.fundingRoutes.map((f) => fundingItem(f, locale)) });
          lists.push({ label: `${codesLabel}:`, items: productCodeItems(r, locale) });
          return { title: r.name, text, lists };
        })
      : [{ text: [t("advice.none")] }],
  });
  if (input.recommendations.length && typeof input.catalogueVersion === "number") {
    sections.at(-1)!.blocks.push({ text: [t("advice.version", { version: input.catalogueVersion })] });
  }

  // 4. what the resident wants to try ------------------------------------------------------------------------
  const wantedNames = input.choices.filter((c) => c.wantsToTry).map((c) => c.name);
  sections.push({
    id: "proberen",
    heading: t("try.heading"),
    blocks: [wantedNames.length ? { lists: [{ label: t("try.list"), items: wantedNames }] } : { text: [t("try.none")] }],
  });

  // 5. what was ruled out, and why ---------------------------------------------------------------------------
  const ruledOut: ReportBlock[] = input.notRecommended.map((e) => ({ title: e.name, lists: [{ label: t("ruledOut.because"), items: [...e.reasons] }] }));
  for (const c of input.choices) {
    if (c.isMonitoring && c.monitoringDecision === "declined" && !input.recommendations.some((r) => r.slug === c.slug)) {
      ruledOut.push({ title: c.name, text: [t("ruledOut.declined")] });
    }
  }
  sections.push({
    id: "afgevallen",
    heading: t("ruledOut.heading"),
    blocks: ruledOut.length ? ruledOut : [{ text: [t("ruledOut.none")] }],
  });

  // 6. tips without a device -------------------------------------------------------------------------------
  if (input.tips.length) sections.push({ id: "tips", heading: t("tips.heading"), blocks: [{ lists: [{ label: t("tips.list"), items: [...input.tips] }] }] });

  // 7. reservations ----------------------------------------------------------------------------------------
  sections.push({
    id: "reserveringen",
    heading: t("reservations.heading"),
    blocks: input.reservations.length
      ? input.reservations.map((r) => ({
          title: r.productName,
          text: [
            t("reservations.where", { centre: r.centreName, date: day(r.pickupDate) }),
            t("reservations.code", { code: readableCode(r.reference) }),
            t(`reservations.status.${r.status}`),
          ],
        }))
      : [{ text: [t("reservations.none")] }],
  });

  // 8. next steps: who does what -------------------------------------------------------------------------
  sections.push({
    id: "afspraken",
    heading: t("steps.heading"),
    blocks: input.steps.length
      ? input.steps.map((s) => ({
          typed: true,
          title: s.text,
          text: [t("steps.who", { who: s.who }), s.dueDate ? t("steps.due", { date: day(s.dueDate) }) : t("steps.noDate"), ...(s.done ? [t("steps.done")] : [])],
        }))
      : [{ text: [t("steps.none")] }],
  });

  // 9. how it went -------------------------------------------------------------------------------------------
  if (input.outcomes.length) {
    sections.push({
      id: "uitkomst",
      heading: t("outcomes.heading"),
      blocks: input.outcomes.map((o) => ({
        title: o.productName,
        text: [
          ...(o.helped ? [t("outcomes.helped", { answer: t(`outcomes.answer.${o.helped}`) })] : []),
          t("outcomes.result", { result: t(`outcomes.results.${o.result}`) }),
          ...(o.why ? [t("outcomes.why", { why: o.why })] : []),
        ],
      })),
    });
  }

  // 10. the resident's response --------------------------------------------------------------------------------
  if (input.residentResponse) sections.push({ id: "reactie", heading: t("response.heading"), blocks: [{ text: [input.residentResponse], typed: true }] });

  // 11. privacy -------------------------------------------------------------------------------------------
  sections.push({
    id: "gegevens",
    heading: t("privacy.heading"),
    blocks: [
      {
        text: [t("privacy.kept", { days: input.retentionDays }), t("privacy.who"), t("privacy.wrong")],
      },
    ],
  });

  const reference = readableCode(input.reference);
  return {
    locale,
    dir: localeDirection(locale),
    title: t("title"),
    meta: [
      { label: t("meta.date"), value: day(input.conversationDay) },
      { label: t("meta.with"), value: input.residentName },
      { label: t("meta.consultant"), value: t("meta.consultantValue", { name: input.consultantName, municipality: input.municipalityName }) },
      { label: t("meta.reference"), value: reference },
    ],
    intro: t("intro"),
    sections,
    reference,
    footer: t("pdf.footer", { reference }),
    pageOf: t("pdf.page", { page: "{page}", total: "{total}" }),
  };
}

/** The report as plain text lines (for tests and for a quick check of what the PDF must contain). */
export function reportToText(report: CaseReport): string {
  const lines = [report.title, ...report.meta.map((m) => `${m.label}: ${m.value}`), report.intro];
  for (const s of report.sections) {
    lines.push(s.heading);
    for (const b of s.blocks) {
      if (b.title) lines.push(b.title);
      lines.push(...(b.text ?? []));
      for (const l of b.lists ?? []) lines.push(l.label, ...l.items.map((i) => `- ${i}`));
    }
  }
  return lines.join("\n");
}
