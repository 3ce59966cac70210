/**
 * The conversation report (gespreksverslag) as plain data, in B1 Dutch, addressed to the resident ("u").
 * Pure: built from a case and its advice, rendered the same way by the workspace page, the resident's copy
 * and the PDF, so all three always say the same.
 */
import type { DifficultyCode } from "@/lib/questions/codes";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import { HELPED_LABELS, RESULT_LABELS, topicTitle, CASE_TOPICS, type Helped, type MonitoringDecision, type OutcomeResult } from "@/lib/schemas/case";
import { formatDayLong } from "@/lib/util/dates";
import { fundingRouteText, type FundingRoute } from "@/lib/catalogue/funding-routes";

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
  title: string;
  /** label / value lines at the top */
  meta: { label: string; value: string }[];
  intro: string;
  sections: ReportSection[];
}

/** Classification codes are for the municipality's files; the resident reads plain words above them. */
const CODES_LABEL = "Codes voor de gemeente";

/** "ISO 9999: 22 27 24 (editie 2022)", "ICF: d450, d4600" */
export function productCodeItems(p: { iso9999: { code: string; edition: string }; icfCodes: readonly string[] }): string[] {
  const items = [`ISO 9999: ${p.iso9999.code} (editie ${p.iso9999.edition})`];
  if (p.icfCodes.length) items.push(`ICF: ${p.icfCodes.join(", ")}`);
  return items;
}

const RESERVATION_STATUS: Record<CaseReportInput["reservations"][number]["status"], string> = {
  RESERVED: "Staat voor u klaar.",
  PICKED_UP: "Opgehaald.",
  CANCELLED: "Geannuleerd.",
  EXPIRED: "Niet opgehaald. De reservering is vervallen.",
};

/** The reservation code as people read it: "ABCD-1234". */
function readableCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function buildCaseReport(input: CaseReportInput): CaseReport {
  const wanted = new Map(input.choices.filter((c) => c.wantsToTry).map((c) => [c.slug, c]));
  const bySlug = new Map(input.choices.map((c) => [c.slug, c]));
  const sections: ReportSection[] = [];

  // 1. what is difficult ------------------------------------------------------------------------------
  const chosen = input.difficulties.map((code) => ALL_DIFFICULTIES.find((d) => d.code === code)).filter((d) => d !== undefined);
  const labels = chosen.map((d) => d.label);
  const icfItems = chosen.filter((d) => d.icf.length > 0).map((d) => `${d.label}: ${d.icf.join(", ")}`);
  sections.push({
    id: "moeilijk",
    heading: "Wat gaat moeilijk?",
    blocks: [
      labels.length
        ? {
            lists: [
              { label: "U vertelde dat dit moeilijk gaat:", items: labels },
              ...(icfItems.length ? [{ label: `${CODES_LABEL} (ICF):`, items: icfItems }] : []),
            ],
          }
        : { text: ["Wij hebben nog niet besproken wat moeilijk gaat."] },
    ],
  });

  // 2. what was discussed, per topic --------------------------------------------------------------------
  const topics = CASE_TOPICS.map((t) => t.id).filter((id) => input.notes.some((n) => n.topic === id));
  for (const n of input.notes) if (!topics.includes(n.topic)) topics.push(n.topic);
  sections.push({
    id: "besproken",
    heading: "Wat hebben wij besproken?",
    blocks: topics.length
      ? topics.map((topic) => ({ title: topicTitle(topic), text: input.notes.filter((n) => n.topic === topic).map((n) => n.text) }))
      : [{ text: ["Er zijn geen aantekeningen gemaakt."] }],
  });

  // 3. the advice with its reasons ------------------------------------------------------------------------
  sections.push({
    id: "advies",
    heading: "Ons advies",
    blocks: input.recommendations.length
      ? input.recommendations.map((r) => {
          const choice = bySlug.get(r.slug);
          const text: string[] = [];
          if (wanted.has(r.slug)) text.push("U wilt dit proberen.");
          if (choice?.isMonitoring && choice.monitoringDecision === "agreed") text.push("U hebt uitleg gekregen over wat dit apparaat bijhoudt en wie dat ziet. U vond het goed.");
          if (choice?.isMonitoring && choice.monitoringDecision === "declined") text.push("U hebt uitleg gekregen over wat dit apparaat bijhoudt. U wilde het niet.");
          const lists: ReportList[] = [{ label: "Waarom dit bij u past:", items: [...r.reasons] }];
          if (r.conditions.length) lists.push({ label: "Let op, controleer eerst:", items: [...r.conditions] });
          if (r.fundingRoutes.length) lists.push({ label: "Zo kunt u het betalen:", items: r.fundingRoutes.map(fundingRouteText) });
          lists.push({ label: `${CODES_LABEL}:`, items: productCodeItems(r) });
          return { title: r.name, text, lists };
        })
      : [{ text: ["Wij hebben nog geen advies. Eerst moeten wij samen de vragen invullen."] }],
  });
  if (input.recommendations.length && typeof input.catalogueVersion === "number") {
    sections.at(-1)!.blocks.push({ text: [`Dit advies komt uit versie ${input.catalogueVersion} van onze lijst met hulpmiddelen.`] });
  }

  // 4. what the resident wants to try ------------------------------------------------------------------------
  const wantedNames = input.choices.filter((c) => c.wantsToTry).map((c) => c.name);
  sections.push({
    id: "proberen",
    heading: "Wat wilt u proberen?",
    blocks: [wantedNames.length ? { lists: [{ label: "U wilt deze hulpmiddelen proberen:", items: wantedNames }] } : { text: ["U hebt nog niet gekozen wat u wilt proberen."] }],
  });

  // 5. what was ruled out, and why ---------------------------------------------------------------------------
  const ruledOut: ReportBlock[] = input.notRecommended.map((e) => ({ title: e.name, lists: [{ label: "Niet voor u, omdat:", items: [...e.reasons] }] }));
  for (const c of input.choices) {
    if (c.isMonitoring && c.monitoringDecision === "declined" && !input.recommendations.some((r) => r.slug === c.slug)) {
      ruledOut.push({ title: c.name, text: ["U wilde dit niet, omdat het bijhoudt wat u doet. Dat is uw keuze."] });
    }
  }
  sections.push({
    id: "afgevallen",
    heading: "Wat past niet bij u, en waarom?",
    blocks: ruledOut.length ? ruledOut : [{ text: ["Er is niets afgevallen."] }],
  });

  // 6. tips without a device -------------------------------------------------------------------------------
  if (input.tips.length) sections.push({ id: "tips", heading: "Tips zonder hulpmiddel", blocks: [{ lists: [{ label: "Dit kunt u ook doen:", items: [...input.tips] }] }] });

  // 7. reservations ----------------------------------------------------------------------------------------
  sections.push({
    id: "reserveringen",
    heading: "Reserveringen",
    blocks: input.reservations.length
      ? input.reservations.map((r) => ({
          title: r.productName,
          text: [
            `Bij ${r.centreName}. Ophalen op ${formatDayLong(r.pickupDate)}.`,
            `Uw reserveringscode is ${readableCode(r.reference)}. Neem deze code en een identiteitsbewijs mee.`,
            RESERVATION_STATUS[r.status],
          ],
        }))
      : [{ text: ["Wij hebben niets voor u gereserveerd."] }],
  });

  // 8. next steps: who does what -------------------------------------------------------------------------
  sections.push({
    id: "afspraken",
    heading: "Afspraken: wie doet wat?",
    blocks: input.steps.length
      ? input.steps.map((s) => ({
          title: s.text,
          text: [`Wie: ${s.who}.`, s.dueDate ? `Wanneer: uiterlijk ${formatDayLong(s.dueDate)}.` : "Wanneer: geen vaste datum.", ...(s.done ? ["Dit is gedaan."] : [])],
        }))
      : [{ text: ["Wij hebben nog geen afspraken gemaakt."] }],
  });

  // 9. how it went -------------------------------------------------------------------------------------------
  if (input.outcomes.length) {
    sections.push({
      id: "uitkomst",
      heading: "Hoe ging het?",
      blocks: input.outcomes.map((o) => ({
        title: o.productName,
        text: [...(o.helped ? [`Hielp het? ${HELPED_LABELS[o.helped]}.`] : []), `${RESULT_LABELS[o.result]}.`, ...(o.why ? [`Waarom: ${o.why}`] : [])],
      })),
    });
  }

  // 10. the resident's response --------------------------------------------------------------------------------
  if (input.residentResponse) sections.push({ id: "reactie", heading: "Uw reactie op dit verslag", blocks: [{ text: [input.residentResponse] }] });

  // 11. privacy -------------------------------------------------------------------------------------------
  sections.push({
    id: "gegevens",
    heading: "Uw gegevens",
    blocks: [
      {
        text: [
          `Wij bewaren dit verslag en uw antwoorden ${input.retentionDays} dagen na ons laatste contact. Daarna wissen wij alles.`,
          "Alleen de Wmo-consulenten van uw gemeente kunnen het zien. En u zelf, met uw code.",
          "Klopt er iets niet? Of wilt u dat wij alles eerder wissen? Zeg het tegen uw Wmo-consulent, of schrijf het in uw reactie.",
        ],
      },
    ],
  });

  return {
    title: "Verslag van ons gesprek",
    meta: [
      { label: "Datum van het gesprek", value: formatDayLong(input.conversationDay) },
      { label: "Met", value: input.residentName },
      { label: "Wmo-consulent", value: `${input.consultantName}, gemeente ${input.municipalityName}` },
      { label: "Kenmerk", value: readableCode(input.reference) },
    ],
    intro: "In dit verslag staat wat wij samen hebben besproken, welk advies u kreeg en wat wij hebben afgesproken. U mag erop reageren.",
    sections,
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
